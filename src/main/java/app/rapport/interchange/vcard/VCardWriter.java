package app.rapport.interchange.vcard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.interchange.OctetFoldingWriter;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Birthday;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;

/**
 * Writes contacts as vCard 4.0 (RFC 6350), one card at a time, so an export of any size never sits in memory
 * as text. Links with a handle become X-SOCIAL-PROFILE properties whose TYPE is the platform's name, which is
 * what {@link VCardReader} matches them back by.
 */
public final class VCardWriter {

    private static final String PRODUCT_ID = "-//Rapport//Rapport//EN";

    private VCardWriter() {
    }

    /** Writes the cards to {@code out} as UTF-8 and flushes it; the caller closes the stream. */
    public static void write(Iterable<ContactCard> cards, List<Platform> platforms, OutputStream out)
            throws IOException {
        Map<String, String> platformNames = new HashMap<>();
        platforms.forEach(platform -> platformNames.put(platform.id(), platform.name()));
        ezvcard.io.text.VCardWriter writer = new ezvcard.io.text.VCardWriter(
                new OctetFoldingWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), VCardVersion.V4_0);
        // ez-vcard folds at 75 characters, RFC 6350 at 75 octets: the folding writer does it instead.
        writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
        writer.setAddProdId(false);
        for (ContactCard card : cards) {
            writer.write(toVCard(card, platformNames));
        }
        writer.flush();
    }

    private static VCard toVCard(ContactCard card, Map<String, String> platformNames) {
        Contact contact = card.contact();
        VCard vcard = new VCard(VCardVersion.V4_0);
        vcard.setProductId(PRODUCT_ID);
        if (contact.id() != null) {
            vcard.setUid(new Uid(VCardContact.UID_PREFIX + contact.id()));
        }
        vcard.setFormattedName(contact.displayName());
        if (!contact.givenName().isEmpty() || !contact.familyName().isEmpty()) {
            StructuredName name = new StructuredName();
            name.setGiven(contact.givenName());
            name.setFamily(contact.familyName());
            vcard.setStructuredName(name);
        }
        if (!contact.organization().isEmpty()) {
            vcard.setOrganization(contact.organization());
        }
        if (!contact.role().isEmpty()) {
            vcard.addTitle(contact.role());
        }
        contact.emails().forEach(vcard::addEmail);
        contact.phones().forEach(vcard::addTelephoneNumber);
        if (!contact.tags().isEmpty()) {
            vcard.setCategories(contact.tags().toArray(String[]::new));
        }
        if (contact.birthday() != null) {
            vcard.setBirthday(new Birthday(contact.birthday()));
        }
        if (!contact.notes().isEmpty()) {
            vcard.addNote(contact.notes());
        }
        for (Link link : card.links()) {
            if (!link.handle().isEmpty()) {
                String platformName = platformNames.getOrDefault(link.platformId(), link.platformId());
                // A double quote cannot stand in a parameter value without RFC 6868 encoding, which few apps read.
                vcard.addExtendedProperty(CardConverter.PROFILE_PROPERTIES.getFirst(), link.handle())
                        .getParameters().setType(platformName.replace('"', '\''));
            }
        }
        return vcard;
    }
}
