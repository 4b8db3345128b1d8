package app.rapport.domain;

import java.util.Optional;

/** Which message template fits a card's next step, if any: the text the user is about to need. */
public final class TemplateSuggestion {

    private TemplateSuggestion() {
    }

    /**
     * @param alreadyClose whether the user has spoken or worked with the contact, or they are family or a
     *                     friend: then "get to know them first" asks for a talk about their work or the vouch
     *                     answer, and an invitation for coffee would be stale or strange
     */
    public static Optional<String> templateIdFor(Verdict verdict, Optional<Link> link, Platform platform,
                                                 boolean alreadyClose) {
        LinkState state = link.map(Link::state).orElse(LinkState.NONE);
        boolean theyAsked = state == LinkState.REQUEST_RECEIVED;
        return switch (verdict.kind()) {
            case GET_TO_KNOW_FIRST -> alreadyClose ? Optional.empty() : Optional.of(MessageTemplate.COFFEE_INVITATION);
            // Replies to a request; with no request there is nobody to answer yet.
            case REDIRECT -> theyAsked ? Optional.of(MessageTemplate.REDIRECT_REPLY) : Optional.empty();
            case KEEP_APART -> theyAsked ? Optional.of(MessageTemplate.POLITE_DECLINE) : Optional.empty();
            // A request of theirs is simply accepted; an invitation of ours on a professional network deserves
            // a personal note, not the default greeting [003]. Following on a public platform needs no note.
            case READY -> !theyAsked && platform.sphere() == Sphere.PROFESSIONAL
                    ? Optional.of(MessageTemplate.CONNECTION_NOTE) : Optional.empty();
            case CONNECTED, RESPECT_DECLINE, DECIDE_CATEGORY -> Optional.empty();
        };
    }
}
