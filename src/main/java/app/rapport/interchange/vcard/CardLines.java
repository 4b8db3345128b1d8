package app.rapport.interchange.vcard;

/** One card's lines of the file, to name the line a message is about. */
record CardLines(VCardText text, VCardText.CardSpan span) {

    /** The line of the card's first property {@code name} holding {@code value} ("" for any), else its BEGIN line. */
    int of(String name, String value) {
        return text.lineOf(span, name, value);
    }

    int begin() {
        return span.begin();
    }
}
