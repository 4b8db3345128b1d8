package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the readiness rules look at for one contact on one platform as of a day, with the wording the
 * rules share. A contact with no link on the platform stands at NONE.
 */
record ReadinessSituation(
        Contact contact,
        Platform platform,
        Optional<Link> link,
        List<Link> linksOfContact,
        Familiarity familiarity,
        Settings settings,
        List<Platform> allPlatforms,
        LocalDate today) {

    LinkState state() {
        return link.map(Link::state).orElse(LinkState.NONE);
    }

    /** The day of the last change, when known; only asked for states that are stored links, never NONE. */
    Optional<LocalDate> since() {
        return link.orElseThrow().knownSince();
    }

    /** " on 5 Mar 2026", or "" when nobody knows the day: the reasons then simply leave the day out. */
    String onDay() {
        return since().map(day -> " on " + day(day)).orElse("");
    }

    String name() {
        return nameOf(contact);
    }

    static String nameOf(Contact contact) {
        return contact.displayName().isBlank() ? "this person" : contact.displayName();
    }

    String platformName() {
        return platform.name();
    }

    /** A reason names the fact first, then where it comes from, so a user can look the rule up. */
    static String reason(String rule, String articles, String fact) {
        return fact + " — rule " + rule + (articles.isEmpty() ? "" : " " + articles);
    }

    /**
     * The next step once connecting is fine: accept a waiting request, let a sent one run its course, or
     * otherwise make the first move.
     */
    String whenReady(String acceptStep, String inviteStep) {
        return switch (state()) {
            case REQUEST_RECEIVED -> acceptStep;
            case REQUEST_SENT -> since().map(sent -> "Give " + name() + " time to answer your " + platformName()
                    + " request of " + day(sent) + "; if there is still no answer after "
                    + day(sent.plusDays(settings.noAnswerDays())) + ", take it as a no.")
                    .orElse("Give " + name() + " time to answer your " + platformName() + " request. The day it"
                            + " went out is not known: record it, so Rapport can tell you when to take silence"
                            + " as a no.");
            default -> inviteStep;
        };
    }

    /** How a "get to know them first" step ends: a waiting request is answered later, not ignored. */
    String beforeConnecting() {
        return state() == LinkState.REQUEST_RECEIVED
                ? "before answering their " + platformName() + " request"
                : "before connecting on " + platformName();
    }

    static String day(LocalDate date) {
        return DayText.of(date);
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
