package app.rapport.interchange;

/** The kinds of file Rapport can import, as {@link FormatDetector} tells them apart by their content. */
public enum ImportFormat {
    LINKEDIN_CONNECTIONS,
    LINKEDIN_INVITATIONS,
    GOOGLE_CONTACTS,
    VCARD,
    RAPPORT_ARCHIVE,
    UNKNOWN
}
