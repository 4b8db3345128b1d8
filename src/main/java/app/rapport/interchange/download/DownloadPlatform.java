package app.rapport.interchange.download;

/** Where a download came from, with the platform id its states land on and the words the user reads. */
public enum DownloadPlatform {
    FACEBOOK("facebook", "Facebook download"),
    INSTAGRAM("instagram", "Instagram download"),
    LINKEDIN("linkedin", "LinkedIn messages"),
    CALENDAR("", "Calendar");

    private final String platformId;
    private final String sourceName;

    DownloadPlatform(String platformId, String sourceName) {
        this.platformId = platformId;
        this.sourceName = sourceName;
    }

    /** The id of the default platform this download fills; empty for calendars, which fill no link. */
    public String platformId() {
        return platformId;
    }

    /** How the source is named to the user: "Facebook download, 28 Nov 2026". */
    public String sourceName() {
        return sourceName;
    }
}
