package app.rapport.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Sphere;

/** vCard import of PRODUCT.md's Interchange, on files as Android, the iPhone and Nextcloud export them. */
class VCardReaderTest {

    static final LocalDate IMPORT_DAY = LocalDate.of(2026, 11, 2);

    @Test
    void readsAnAndroidVCard21WithQuotedPrintableFoldedLinesAndAPhoto() throws Exception {
        VCardImport result = readFixture("android-2.1.vcf");

        assertThat(result.contacts()).hasSize(2);
        VCardContact juergen = result.contacts().get(0);
        assertThat(juergen.position()).isEqualTo(1);
        assertThat(juergen.contact()).isEqualTo(new Contact(null, "Jürgen Müller", "Jürgen", "Müller",
                "Bäckerei Müller GmbH", "Head of Sales", Category.UNDECIDED, Relationship.OTHER,
                List.of("juergen.mueller@example.de"), List.of("+49 170 1234567", "+49 30 9876543"), List.of(),
                "Met at the Berlin Java meetup.\nKnows everyone in the local scene; Über-networker.", "", null,
                IMPORT_DAY, "", "", null, null, false));
        assertThat(juergen.profiles())
                .containsExactly(new VCardProfile("linkedin", "http://www.linkedin.com/in/juergen-mueller"));
        assertThat(juergen.leftOut()).isEmpty();

        Contact chidi = result.contacts().get(1).contact();
        assertThat(chidi.displayName()).isEqualTo("Chidi Okafor");
        assertThat(chidi.givenName()).isEqualTo("Chidi");
        assertThat(chidi.familyName()).isEqualTo("Okafor");
        assertThat(chidi.birthday()).isEqualTo(LocalDate.of(1985, 4, 12));
        assertThat(chidi.tags()).containsExactly("Ethics", "Book club");
        assertThat(chidi.notes())
                .isEqualTo("Long plain-text lines are folded: the rest of this one is on the next line.");

        assertThat(result.skipped())
                .containsExactly(new SkippedCard(3, "The card has no name (neither FN nor N)."));
    }

    @Test
    void readsAnIPhoneVCard30WithGroupedPropertiesAndSocialProfiles() throws Exception {
        VCardImport result = readFixture("iphone-3.0.vcf");

        assertThat(result.skipped()).isEmpty();
        assertThat(result.contacts()).extracting(card -> card.contact().displayName())
                .containsExactly("Ada Lovelace", "Charles Babbage", "Analytical Engines Ltd");

        VCardContact ada = result.contacts().get(0);
        assertThat(ada.contact()).isEqualTo(new Contact(null, "Ada Lovelace", "Ada", "Lovelace",
                "Analytical Engines, Research", "Engineer", Category.UNDECIDED, Relationship.OTHER,
                List.of("ada@example.com", "Ada.Lovelace@Engines.example"), List.of("+44 20 7946 0018"), List.of(),
                "Met at the Analytical Society dinner.\nInterested in Bernoulli numbers, and poetry.", "", null,
                IMPORT_DAY, "", "", null, null, false));
        assertThat(ada.profiles()).containsExactly(
                new VCardProfile("x", "http://twitter.com/adalovelace"),
                new VCardProfile("linkedin", "https://www.linkedin.com/in/adalovelace"));
        assertThat(ada.leftOut()).containsExactly("The birthday has no year.");

        VCardContact charles = result.contacts().get(1);
        assertThat(charles.contact().emails()).containsExactly("charles@difference.example");
        assertThat(charles.contact().phones()).containsExactly("020 7946 0958");
        assertThat(charles.contact().birthday()).isEqualTo(LocalDate.of(1791, 12, 26));
        assertThat(charles.profiles())
                .containsExactly(new VCardProfile("linkedin", "http://www.linkedin.com/in/cbabbage"));
        assertThat(charles.leftOut()).containsExactly(
                "\"babbage@localhost\" is not an email address.",
                "The mastodon profile \"https://mastodon.example/@babbage\" is on none of your platforms.");

        Contact company = result.contacts().get(2).contact();
        assertThat(company.givenName()).isEmpty();
        assertThat(company.familyName()).isEmpty();
        assertThat(company.organization()).isEqualTo("Analytical Engines Ltd");
    }

    @Test
    void readsAVCard40WithTelUrisPartialDatesAndNonLatinNames() throws Exception {
        VCardImport result = readFixture("nextcloud-4.0.vcf");

        assertThat(result.skipped()).isEmpty();
        VCardContact grace = result.contacts().get(0);
        assertThat(grace.uid()).isEqualTo("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
        assertThat(grace.rapportId()).isEmpty();
        assertThat(grace.contact()).isEqualTo(new Contact(null, "Grace Hopper", "Grace", "Hopper",
                "US Navy, Computing", "Rear Admiral", Category.UNDECIDED, Relationship.OTHER,
                List.of("grace@navy.example"), List.of("+1-202-555-0143", "+1-202-555-0100 ext. 42"),
                List.of("navy", "COBOL"), "Coined \"debugging\", allegedly.\nAsk about the moth.", "", null,
                IMPORT_DAY, "", "", null, LocalDate.of(1906, 12, 9), false));
        assertThat(grace.profiles()).containsExactly(
                new VCardProfile("linkedin", "https://www.linkedin.com/in/gracehopper"),
                new VCardProfile("x", "@gracehopper"));

        VCardContact bruce = result.contacts().get(1);
        assertThat(bruce.contact().displayName()).isEqualTo("李小龍");
        assertThat(bruce.contact().givenName()).isEqualTo("小龍");
        assertThat(bruce.contact().familyName()).isEqualTo("李");
        assertThat(bruce.contact().birthday()).isNull();
        assertThat(bruce.leftOut()).containsExactly("The birthday has no year.");
    }

    @Test
    void profilesMatchThePlatformsTheUserAddedByName() throws Exception {
        List<Platform> platforms = new ArrayList<>(Platform.defaults());
        platforms.add(new Platform("mastodon", "Mastodon", Sphere.PUBLIC, 5, false));

        VCardImport result = new VCardReader(platforms, IMPORT_DAY)
                .read(resource("iphone-3.0.vcf"), "iphone-3.0.vcf");

        VCardContact charles = result.contacts().get(1);
        assertThat(charles.profiles()).containsExactly(
                new VCardProfile("linkedin", "http://www.linkedin.com/in/cbabbage"),
                new VCardProfile("mastodon", "https://mastodon.example/@babbage"));
        assertThat(charles.leftOut()).containsExactly("\"babbage@localhost\" is not an email address.");
    }

    @Test
    void aCardThatBreaksTheContactLimitsIsSkippedWithTheReason() throws Exception {
        String longName = "A".repeat(201);
        VCardImport result = read(card("FN:" + longName) + card("FN:Short Name"), StandardCharsets.UTF_8);

        assertThat(result.contacts()).extracting(card -> card.contact().displayName()).containsExactly("Short Name");
        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isEqualTo(1);
            assertThat(skipped.reason()).isEqualTo(longName + ": Name can have at most 200 characters (it has 201).");
        });
    }

    @Test
    void aBirthdayInTheFutureIsLeftOutNotTheCard() throws Exception {
        VCardImport result = read(card("FN:Time Traveller", "BDAY:20300101"), StandardCharsets.UTF_8);

        assertThat(result.contacts()).singleElement().satisfies(card -> {
            assertThat(card.contact().birthday()).isNull();
            assertThat(card.leftOut()).containsExactly("The birthday 2030-01-01 is in the future.");
        });
    }

    @Test
    void aByteOrderMarkIsAllowed() throws Exception {
        VCardImport result = read("\uFEFF" + card("FN:Zoë"), StandardCharsets.UTF_8);

        assertThat(result.contacts()).extracting(card -> card.contact().displayName()).containsExactly("Zoë");
    }

    @Test
    void aLineThatIsNotAPropertyIsRefusedWithItsLine() {
        String text = card("FN:Ada Lovelace") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Charles\r\nthis is not a property\r\n"
                + "END:VCARD\r\n";

        assertThatThrownBy(() -> read(text, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(VCardFormatException.class, error -> {
                    assertThat(error.getMessage())
                            .isEqualTo("contacts.vcf line 8: this line is not a vCard property (it has no colon)");
                    assertThat(error.line()).isEqualTo(8);
                    assertThat(error.fileName()).isEqualTo("contacts.vcf");
                });
    }

    @Test
    void aFileCutShortIsRefusedNamingTheCardItCutOff() {
        String text = card("FN:Ada Lovelace") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Charles Bab";

        assertThatThrownBy(() -> read(text, StandardCharsets.UTF_8)).isInstanceOf(VCardFormatException.class)
                .hasMessage("contacts.vcf line 5: the card that begins here has no END:VCARD; "
                        + "the file may be cut short");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedRatherThanGarbled() {
        assertThatThrownBy(() -> read(card("FN:Jürgen Müller"), Charset.forName("windows-1252")))
                .isInstanceOf(VCardFormatException.class)
                .hasMessage("contacts.vcf: the file is not UTF-8 text; save it as UTF-8 (Unicode) and import it again");
    }

    @Test
    void aFileWithoutAnyCardIsRefused() {
        assertThatThrownBy(() -> read("First Name,Last Name\r\nAda,Lovelace\r\n", StandardCharsets.UTF_8))
                .isInstanceOf(VCardFormatException.class)
                .hasMessage("contacts.vcf: there is no vCard in it (a vCard starts with BEGIN:VCARD)");
    }

    static String card(String... lines) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + String.join("\r\n", lines) + "\r\nEND:VCARD\r\n";
    }

    static VCardImport read(String text, Charset charset) throws IOException, VCardFormatException {
        return new VCardReader(Platform.defaults(), IMPORT_DAY)
                .read(new ByteArrayInputStream(text.getBytes(charset)), "contacts.vcf");
    }

    static VCardImport readFixture(String name) throws IOException, VCardFormatException {
        try (InputStream in = resource(name)) {
            return new VCardReader(Platform.defaults(), IMPORT_DAY).read(in, name);
        }
    }

    static InputStream resource(String name) {
        return VCardReaderTest.class.getResourceAsStream("/interchange/" + name);
    }
}
