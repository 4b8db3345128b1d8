package app.rapport.service;

import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.LinkState;
import app.rapport.interchange.ImportBatch;
import app.rapport.interchange.ImportFormat;
import app.rapport.interchange.ImportedContact;
import app.rapport.interchange.ImportedLink;
import app.rapport.interchange.RowIssue;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.interchange.vcard.VCardContact;
import app.rapport.interchange.vcard.VCardImport;
import app.rapport.interchange.vcard.VCardProfile;

/**
 * vCards and archives in the shape the import plan works with, so that every format is previewed, matched and
 * merged the same way. A card's "line" is the line its BEGIN:VCARD is on; an archive contact's is its position in
 * the archive.
 */
final class FileConversions {

    private FileConversions() {
    }

    static ImportBatch fromVCards(String fileName, VCardImport cards) {
        List<ImportedContact> contacts = new ArrayList<>();
        List<RowIssue> warnings = new ArrayList<>();
        for (VCardContact card : cards.contacts()) {
            List<ImportedLink> links = card.profiles().stream()
                    .map(profile -> new ImportedLink(profile.platformId(), LinkState.NONE, null, profile.handle()))
                    .toList();
            contacts.add(new ImportedContact(card.line(), card.contact(), links, linkedIn(card.profiles())));
            warnings.addAll(card.leftOut());
        }
        List<RowIssue> skipped = cards.skipped().stream()
                .map(card -> new RowIssue(card.line(), card.reason())).toList();
        return new ImportBatch(ImportFormat.VCARD, fileName, contacts, List.of(), skipped, warnings);
    }

    static ImportBatch fromArchive(String fileName, Archive archive) {
        List<ImportedContact> contacts = new ArrayList<>();
        for (int i = 0; i < archive.contacts().size(); i++) {
            ArchivedContact archived = archive.contacts().get(i);
            List<ImportedLink> links = archived.links().stream()
                    .map(link -> new ImportedLink(link.platform(), link.state(), link.since(), link.handle())).toList();
            String profile = archived.links().stream().filter(link -> link.platform().equals(ImportService.LINKEDIN))
                    .map(link -> link.handle()).findFirst().orElse("");
            contacts.add(new ImportedContact(i + 1, archived.contact(), links, profile));
        }
        return new ImportBatch(ImportFormat.RAPPORT_ARCHIVE, fileName, contacts, List.of(), List.of(), List.of());
    }

    private static String linkedIn(List<VCardProfile> profiles) {
        return profiles.stream().filter(profile -> profile.platformId().equals(ImportService.LINKEDIN))
                .map(VCardProfile::handle).findFirst().orElse("");
    }
}
