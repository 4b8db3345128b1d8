package app.rapport.domain;

/**
 * How much one interaction says about knowing someone: time spent together counts, likes do not [000].
 */
public enum InteractionStrength {
    STRONG,
    MEDIUM,
    WEAK,
    NONE;

    public static InteractionStrength of(InteractionKind kind) {
        return switch (kind) {
            case IN_PERSON, COFFEE_OR_MEAL, WORKED_TOGETHER -> STRONG;
            case PHONE_CALL, VIDEO_CALL, EVENT -> MEDIUM;
            case EMAIL, MESSAGE -> WEAK;
            case SOCIAL_MEDIA -> NONE;
        };
    }

    /** Whether the interaction was a meeting in person; talking at an event is one, though only medium. */
    public static boolean isMeetingInPerson(InteractionKind kind) {
        return switch (kind) {
            case IN_PERSON, COFFEE_OR_MEAL, EVENT -> true;
            default -> false;
        };
    }

    /** Whether the user and the contact spoke: a meeting in person, or a phone or video call [003]. */
    public static boolean isSpeaking(InteractionKind kind) {
        return isMeetingInPerson(kind) || kind == InteractionKind.PHONE_CALL || kind == InteractionKind.VIDEO_CALL;
    }
}
