package app.rapport.domain;

import java.util.Objects;

/**
 * The user's choices the readiness rules and follow-ups depend on. Periods are in days.
 *
 * @param getToKnowDays            how long someone must be known before connecting on a personal platform [000]
 * @param strongInteractionsNeeded how many strong interactions that takes
 * @param replyWindowDays          how soon to answer a request you will not accept [001]
 * @param noAnswerDays             after how many days an unanswered request you sent counts as a no
 */
public record Settings(
        Worlds worlds,
        LinkedInStyle linkedInStyle,
        boolean jobSeeking,
        int getToKnowDays,
        int strongInteractionsNeeded,
        int replyWindowDays,
        int noAnswerDays) {

    public Settings {
        Objects.requireNonNull(worlds, "worlds");
        Objects.requireNonNull(linkedInStyle, "linkedInStyle");
        requireNotNegative("The get-to-know period", getToKnowDays);
        requireNotNegative("The number of strong interactions needed", strongInteractionsNeeded);
        requireNotNegative("The reply window", replyWindowDays);
        requireNotNegative("The no-answer period", noAnswerDays);
    }

    public static Settings defaults() {
        return new Settings(Worlds.SEPARATE, LinkedInStyle.SELECTIVE, false, 21, 2, 2, 30);
    }

    public Settings withWorlds(Worlds newWorlds) {
        return new Settings(newWorlds, linkedInStyle, jobSeeking, getToKnowDays, strongInteractionsNeeded,
                replyWindowDays, noAnswerDays);
    }

    public Settings withLinkedInStyle(LinkedInStyle newStyle) {
        return new Settings(worlds, newStyle, jobSeeking, getToKnowDays, strongInteractionsNeeded,
                replyWindowDays, noAnswerDays);
    }

    public Settings withJobSeeking(boolean newJobSeeking) {
        return new Settings(worlds, linkedInStyle, newJobSeeking, getToKnowDays, strongInteractionsNeeded,
                replyWindowDays, noAnswerDays);
    }

    private static void requireNotNegative(String what, int days) {
        if (days < 0) {
            throw new IllegalArgumentException(what + " cannot be negative (it is " + days + ").");
        }
    }
}
