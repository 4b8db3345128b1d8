package app.rapport.domain;

/** What kind of time was spent with a contact; readiness weighs them differently. */
public enum InteractionKind {
    IN_PERSON("Met in person"),
    COFFEE_OR_MEAL("Coffee or meal"),
    WORKED_TOGETHER("Worked together"),
    EVENT("Talked at an event"),
    PHONE_CALL("Phone call"),
    VIDEO_CALL("Video call"),
    EMAIL("Email"),
    MESSAGE("Message"),
    SOCIAL_MEDIA("Social media");

    private final String label;

    InteractionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
