package app.rapport.interchange.vcard;

import java.util.List;

/** What a vCard file gave: the contacts in file order, and the cards that could not be used. */
public record VCardImport(List<VCardContact> contacts, List<SkippedCard> skipped) {

    public VCardImport {
        contacts = List.copyOf(contacts);
        skipped = List.copyOf(skipped);
    }
}
