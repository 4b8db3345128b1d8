package app.rapport.interchange.vcard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.YearlyDate;
import app.rapport.interchange.OctetFoldingWriter;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import ezvcard.util.PartialDate;

/**
 * Writes contacts as vCard 4.0 (RFC 6350), one card at a time, so an export of any size never sits in memory
 * as text. A birthday without a year is written as {@code BDAY:--0514}; the first anniversary as ANNIVERSARY, other
 * named dates as Apple's {@code itemN.X-ABDATE} with {@code itemN.X-ABLabel}. Links with a handle become
 * X-SOCIAL-PROFILE properties whose TYPE is the platform's name, which is what {@link VCardReader} matches them
 * back by.
 */
public final class VCardWriter {

    private static final String PRODUCT_ID = "-//Rapport//Rapport//EN";
    private static final String NAMED_DATE = "X-ABDATE";
    private static final String NAMED_DATE_LABEL = "X-ABLabel";
    private static final String APPLE_OMIT_YEAR = "X-APPLE-OMIT-YEAR";
    private static final String APPLE_PLACEHOLDER_YEAR = "1604";

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

    private static PartialDate withoutYear(YearlyDate date) {
        return PartialDate.builder().month(date.monthDay().getMonthValue()).date(date.monthDay().getDayOfMonth())
                .build();
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
            vcard.setOrganization(Arrays.stream(contact.organization().split(CardConverter.ORGANIZATION_UNITS.strip()))
                    .map(String::strip).filter(unit -> !unit.isEmpty()).toArray(String[]::new));
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
            vcard.setBirthday(contact.birthday().date().map(Birthday::new)
                    .orElseGet(() -> new Birthday(withoutYear(contact.birthday()))));
        }
        int group = 0;
        for (ImportantDate date : contact.importantDates()) {
            if (date.label().equals(ImportantDate.ANNIVERSARY) && vcard.getAnniversary() == null) {
                vcard.setAnniversary(date.date().date().map(Anniversary::new)
                        .orElseGet(() -> new Anniversary(withoutYear(date.date()))));
            } else {
                // vCard has no other named dates; Apple's and Google's way is understood by most address books.
                String item = "item" + ++group;
                RawProperty value = vcard.addExtendedProperty(NAMED_DATE, date.date().date()
                        .map(LocalDate::toString).orElse(APPLE_PLACEHOLDER_YEAR + date.date().toString().substring(1)));
                value.setGroup(item);
                if (date.date().year() == null) {
                    value.setParameter(APPLE_OMIT_YEAR, APPLE_PLACEHOLDER_YEAR);
                }
                vcard.addExtendedProperty(NAMED_DATE_LABEL, date.label()).setGroup(item);
            }
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
