package app.rapport.interchange;

/** The kinds of file Rapport can import, as {@link FormatDetector} tells them apart by their content. */
public enum ImportFormat {
    LINKEDIN_CONNECTIONS("LinkedIn connections"),
    LINKEDIN_INVITATIONS("LinkedIn invitations"),
    GOOGLE_CONTACTS("Google Contacts"),
    VCARD("vCard"),
    RAPPORT_ARCHIVE("Rapport archive"),
    /** Google Contacts' "Outlook CSV" export: recognised only to say which export to choose instead. */
    OUTLOOK_CSV("Outlook CSV"),
    UNKNOWN("unknown");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
