package app.rapport.domain;

import java.util.Optional;

/** Which message template fits a card's next step, if any: the text the user is about to need. */
public final class TemplateSuggestion {

    private TemplateSuggestion() {
    }

    public static Optional<String> templateIdFor(Verdict verdict, Optional<Link> link) {
        LinkState state = link.map(Link::state).orElse(LinkState.NONE);
        return switch (verdict.kind()) {
            case GET_TO_KNOW_FIRST -> Optional.of(MessageTemplate.COFFEE_INVITATION);
            case REDIRECT -> Optional.of(MessageTemplate.REDIRECT_REPLY);
            case KEEP_APART -> Optional.of(MessageTemplate.POLITE_DECLINE);
            // A request of theirs is simply accepted; an invitation of ours deserves a personal note [003].
            case READY -> state == LinkState.REQUEST_RECEIVED ? Optional.empty()
                    : Optional.of(MessageTemplate.CONNECTION_NOTE);
            case CONNECTED, RESPECT_DECLINE, DECIDE_CATEGORY -> Optional.empty();
        };
    }
}
