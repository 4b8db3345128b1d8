package app.rapport.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of PRODUCT.md's follow-up queue. A follow-up stores its rule by {@link #name()}; COLLISION and
 * MANUAL follow-ups are not made by these rules, so they have no constant here.
 */
public enum FollowUpRule {
    F1("They asked to connect before you know them well: meet first [003][004]"),
    F2("They asked to connect where you keep your worlds apart: answer promptly, in person or by phone [001]"),
    F3("They asked to connect and you know them well enough: accept"),
    F4("You wanted to keep in touch, and the time you set has passed since you last talked"),
    F5("You just met a professional contact you are ready to connect with: invite them while the meeting is "
            + "fresh, with a personal note [002][003]"),
    F6("You have not decided yet whether they belong at a barbecue or a business lunch [002]"),
    BIRTHDAY("Their birthday is coming up"),
    IMPORTANT_DATE("A date that matters to them is coming up: an anniversary, a work anniversary or another day "
            + "you saved"),
    /**
     * Many undecided contacts share one follow-up; it belongs to no contact and opens the Sort page, so a UI
     * showing a follow-up of this rule offers "Sort" instead of the contact's page.
     */
    SORT("You have not decided yet whether many people belong at a barbecue or a business lunch: sort them in "
            + "one go [002]");

    private final String why;

    FollowUpRule(String why) {
        this.why = why;
    }

    /** Why the rule made a follow-up, in plain words with the articles it comes from, for the UI. */
    public String why() {
        return why;
    }

    /** The rule a stored follow-up was made by; empty for COLLISION, MANUAL and any other name. */
    public static Optional<FollowUpRule> named(String rule) {
        return Arrays.stream(values()).filter(value -> value.name().equals(rule)).findFirst();
    }
}
