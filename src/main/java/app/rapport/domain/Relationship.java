package app.rapport.domain;

/** How the user knows a contact; some of these make connecting awkward [000][004]. */
public enum Relationship {
    FAMILY("Family"),
    FRIEND("Friend"),
    ACQUAINTANCE("Acquaintance"),
    COLLEAGUE("Colleague"),
    MANAGER("Manager"),
    DIRECT_REPORT("Direct report"),
    CLIENT("Client"),
    PROSPECT("Prospect"),
    SERVICE_PROVIDER("Service provider"),
    RECRUITER("Recruiter"),
    INTERVIEWER("Interviewer"),
    NETWORKING_CONTACT("Networking contact"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
