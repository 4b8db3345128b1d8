package app.rapport.interchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Platform;
import app.rapport.domain.Relationship;
import app.rapport.domain.Sphere;
import app.rapport.domain.YearlyDate;
import app.rapport.interchange.RowIssue;

/** vCard import of PRODUCT.md's Interchange, on files as Android, the iPhone and Nextcloud export them. */
class VCardReaderTest {

    static final LocalDate IMPORT_DAY = LocalDate.of(2026, 11, 2);

    @Test
    void readsAnAndroidVCard21WithQuotedPrintableFoldedLinesAPhotoAndAPhoneOnlyCard() throws Exception {
        VCardImport result = readFixture("android-2.1.vcf");

        assertThat(result.contacts()).hasSize(3);
        VCardContact juergen = result.contacts().get(0);
        assertThat(juergen.position()).isEqualTo(1);
        assertThat(juergen.line()).isEqualTo(1);
        assertThat(juergen.contact()).isEqualTo(Contact.builder().displayName("Jürgen Müller").givenName("Jürgen")
                .familyName("Müller").organization("Bäckerei Müller GmbH").role("Head of Sales")
                .category(Category.UNDECIDED).relationship(Relationship.OTHER)
                .emails(List.of("juergen.mueller@example.de")).phones(List.of("+49 170 1234567", "+49 30 9876543"))
                .notes("Met at the Berlin Java meetup.\nKnows everyone in the local scene; Über-networker.")
                .addedOn(IMPORT_DAY).build());
        assertThat(juergen.profiles())
                .containsExactly(new VCardProfile("linkedin", "http://www.linkedin.com/in/juergen-mueller"));
        assertThat(juergen.leftOut()).isEmpty();

        Contact chidi = result.contacts().get(1).contact();
        assertThat(chidi.displayName()).isEqualTo("Chidi Okafor");
        assertThat(chidi.givenName()).isEqualTo("Chidi");
        assertThat(chidi.familyName()).isEqualTo("Okafor");
        assertThat(chidi.birthday()).isEqualTo(YearlyDate.of(LocalDate.of(1985, 4, 12)));
        assertThat(chidi.tags()).containsExactly("Ethics", "Book club");
        assertThat(chidi.notes())
                .isEqualTo("Long plain-text lines are folded: the rest of this one is on the next line.");

        VCardContact phoneOnly = result.contacts().get(2);
        assertThat(phoneOnly.line()).isEqualTo(33);
        assertThat(phoneOnly.contact().displayName()).as("a card with only a number is named by it, as phones do")
                .isEqualTo("+49 151 0000000");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void readsAnIPhoneVCard30WithGroupedPropertiesAndSocialProfiles() throws Exception {
        VCardImport result = readFixture("iphone-3.0.vcf");

        assertThat(result.skipped()).isEmpty();
        assertThat(result.contacts()).extracting(card -> card.contact().displayName())
                .containsExactly("Ada Lovelace", "Charles Babbage", "Analytical Engines Ltd");

        VCardContact ada = result.contacts().get(0);
        assertThat(ada.contact()).isEqualTo(Contact.builder().displayName("Ada Lovelace").givenName("Ada")
                .familyName("Lovelace").organization("Analytical Engines; Research").role("Engineer")
                .emails(List.of("ada@example.com", "Ada.Lovelace@Engines.example")).phones(List.of("+44 20 7946 0018"))
                .notes("Met at the Analytical Society dinner.\nInterested in Bernoulli numbers, and poetry.\n\n"
                        + "From the import:\n- Website: https://ada.example.org")
                .addedOn(IMPORT_DAY).birthday(YearlyDate.of(12, 10)).build());
        assertThat(ada.profiles()).containsExactly(
                new VCardProfile("x", "http://twitter.com/adalovelace"),
                new VCardProfile("linkedin", "https://www.linkedin.com/in/adalovelace"));
        assertThat(ada.leftOut()).isEmpty();

        VCardContact charles = result.contacts().get(1);
        assertThat(charles.contact().emails()).containsExactly("charles@difference.example");
        assertThat(charles.contact().phones()).containsExactly("020 7946 0958");
        assertThat(charles.contact().birthday()).isEqualTo(YearlyDate.of(LocalDate.of(1791, 12, 26)));
        assertThat(charles.profiles())
                .containsExactly(new VCardProfile("linkedin", "http://www.linkedin.com/in/cbabbage"));
        assertThat(charles.line()).isEqualTo(30);
        assertThat(charles.leftOut()).containsExactly(
                new RowIssue(36, "\"babbage@localhost\" is not an email address; left out"),
                new RowIssue(42, "the mastodon profile \"https://mastodon.example/@babbage\" is on none of your "
                        + "platforms; kept in the notes"));
        assertThat(charles.contact().notes())
                .isEqualTo("From the import:\n- Profile (mastodon): https://mastodon.example/@babbage");

        Contact company = result.contacts().get(2).contact();
        assertThat(company.displayName()).isEqualTo("Analytical Engines Ltd");
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
        assertThat(grace.contact()).isEqualTo(Contact.builder().displayName("Grace Hopper").givenName("Grace")
                .familyName("Hopper").organization("US Navy; Computing").role("Rear Admiral")
                .emails(List.of("grace@navy.example")).phones(List.of("+1-202-555-0143", "+1-202-555-0100 ext. 42"))
                .tags(List.of("navy", "COBOL"))
                .notes("Coined \"debugging\", allegedly.\nAsk about the moth.\n\nFrom the import:\n"
                        + "- Middle name: Brewster Murray\n- Prefix: Rear Admiral\n- Title: Programmer\n"
                        + "- Website: https://www.example.org/grace")
                .addedOn(IMPORT_DAY).birthday(LocalDate.of(1906, 12, 9)).build());
        assertThat(grace.profiles()).containsExactly(
                new VCardProfile("linkedin", "https://www.linkedin.com/in/gracehopper"),
                new VCardProfile("x", "@gracehopper"));

        VCardContact bruce = result.contacts().get(1);
        assertThat(bruce.contact().displayName()).isEqualTo("李小龍");
        assertThat(bruce.contact().givenName()).isEqualTo("小龍");
        assertThat(bruce.contact().familyName()).isEqualTo("李");
        assertThat(bruce.contact().birthday()).isEqualTo(YearlyDate.of(11, 27));
        assertThat(bruce.leftOut()).isEmpty();
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
        assertThat(charles.leftOut())
                .containsExactly(new RowIssue(36, "\"babbage@localhost\" is not an email address; left out"));
    }

    @Test
    void aCardThatBreaksTheContactLimitsIsSkippedWithTheReason() throws Exception {
        String longName = "A".repeat(201);
        VCardImport result = read(card("FN:" + longName) + card("FN:Short Name"), StandardCharsets.UTF_8);

        assertThat(result.contacts()).extracting(card -> card.contact().displayName()).containsExactly("Short Name");
        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.position()).isEqualTo(1);
            assertThat(skipped.line()).isEqualTo(1);
            assertThat(skipped.reason()).isEqualTo(longName + ": Name can have at most 200 characters (it has 201).");
        });
    }

    @Test
    void aBirthdayInTheFutureIsLeftOutNotTheCard() throws Exception {
        VCardImport result = read(card("FN:Time Traveller", "BDAY:20300101"), StandardCharsets.UTF_8);

        assertThat(result.contacts()).singleElement().satisfies(card -> {
            assertThat(card.contact().birthday()).isNull();
            assertThat(card.leftOut())
                    .containsExactly(new RowIssue(4, "the birthday 2030-01-01 is in the future; left out"));
        });
    }

    @Test
    void aByteOrderMarkIsAllowed() throws Exception {
        VCardImport result = read("\uFEFF" + card("FN:Zoë"), StandardCharsets.UTF_8);

        assertThat(result.contacts()).extracting(card -> card.contact().displayName()).containsExactly("Zoë");
    }

    @Test
    void aLineThatIsNotAPropertyIsSkippedWithANoteNamingItsLineAsAndroidDoes() throws Exception {
        String text = card("FN:Ada Lovelace") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Charles\r\nthis is not a property\r\n"
                + "END:VCARD\r\n";

        VCardImport result = read(text, StandardCharsets.UTF_8);

        assertThat(result.contacts()).extracting(card -> card.contact().displayName())
                .containsExactly("Ada Lovelace", "Charles");
        assertThat(result.contacts().get(1).line()).isEqualTo(5);
        assertThat(result.contacts().get(1).leftOut()).containsExactly(
                new RowIssue(8, "this line is not a vCard property (it has no colon); skipped"));
    }

    @Test
    void aBadEmailIsReportedOnItsOwnLineNotTheCardsNumber() throws Exception {
        String text = card("FN:Ada Lovelace") + card("FN:Charles Babbage", "NOTE:first", "EMAIL:not-an-address");

        VCardImport result = read(text, StandardCharsets.UTF_8);

        assertThat(result.contacts()).extracting(VCardContact::line).containsExactly(1, 5);
        assertThat(result.contacts().get(1).leftOut())
                .containsExactly(new RowIssue(9, "\"not-an-address\" is not an email address; left out"));
    }

    @Test
    void aVCard21ValueIsReadInTheCharsetItNamesAsJapaneseHandsetsWriteIt() throws Exception {
        Charset shiftJis = Charset.forName("Shift_JIS");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes("安藤;ロイド;;;".getBytes(shiftJis));
        file.writeBytes("\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:"
                .getBytes(StandardCharsets.US_ASCII));
        file.writeBytes("Jürgen Müller".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes("\r\nEND:VCARD\r\n".getBytes(StandardCharsets.US_ASCII));

        VCardImport result = new VCardReader(Platform.defaults(), IMPORT_DAY)
                .read(new ByteArrayInputStream(file.toByteArray()), "japanese.vcf");

        assertThat(result.contacts()).extracting(card -> card.contact().displayName())
                .containsExactly("ロイド 安藤", "Jürgen Müller");
    }

    @Test
    void birthdaysWithoutAYearAndDateTimesAreKeptAsTheDayTheySay() throws Exception {
        VCardImport result = read(card("FN:A", "BDAY:--0514") + card("FN:B", "BDAY:--05-14")
                + card("FN:C", "BDAY:1955-07-19T00:00:00Z") + card("FN:D", "BDAY:19531015T231000Z")
                + card("FN:E", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-14"), StandardCharsets.UTF_8);

        assertThat(result.contacts()).extracting(card -> card.contact().birthday()).containsExactly(
                YearlyDate.of(5, 14), YearlyDate.of(5, 14), YearlyDate.of(LocalDate.of(1955, 7, 19)),
                YearlyDate.of(LocalDate.of(1953, 10, 15)), YearlyDate.of(5, 14));
        assertThat(result.contacts()).allSatisfy(card -> assertThat(card.leftOut()).isEmpty());
    }

    @Test
    void anniversariesAndApplesNamedDatesBecomeImportantDates() throws Exception {
        VCardImport result = read(card("FN:Ana Lima", "ANNIVERSARY:20100612", "X-MS-ANNIVERSARY:20100612",
                "item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-03-01", "item1.X-ABLabel:_$!<Anniversary>!$_",
                "item2.X-ABDATE:2019-09-02", "item2.X-ABLabel:Started at Acme"), StandardCharsets.UTF_8);

        assertThat(result.contacts().getFirst().contact().importantDates()).containsExactly(
                new ImportantDate("Anniversary", YearlyDate.of(LocalDate.of(2010, 6, 12))),
                new ImportantDate("Anniversary", YearlyDate.of(3, 1)),
                new ImportantDate("Started at Acme", YearlyDate.of(LocalDate.of(2019, 9, 2))));
    }

    @Test
    void aCompanyCardAndCardsWithOnlyAnEmailOrAPhoneAreNamedAsPhonesNameThem() throws Exception {
        VCardImport result = read(card("N:;;;;", "FN:", "ORG:Bike Shop;Repairs", "X-ABShowAs:COMPANY")
                + card("N:;;;;", "ORG:Corner Café") + card("EMAIL:only@example.com") + card("TEL:+49 30 1234567"),
                StandardCharsets.UTF_8);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.contacts()).extracting(card -> card.contact().displayName())
                .containsExactly("Bike Shop", "Corner Café", "only@example.com", "+49 30 1234567");
    }

    @Test
    void readsAMacExportWithACompanyCardApplesNamedDatesAndABirthdayWithoutAYear() throws Exception {
        VCardImport result = readFixture("apple/contacts.vcf");

        assertThat(result.skipped()).isEmpty();
        assertThat(result.contacts()).extracting(VCardContact::line).containsExactly(1, 10);
        Contact shop = result.contacts().get(0).contact();
        assertThat(shop.displayName()).isEqualTo("Bike Shop");
        assertThat(shop.organization()).isEqualTo("Bike Shop; Repairs");
        Contact ana = result.contacts().get(1).contact();
        assertThat(ana.birthday()).isEqualTo(YearlyDate.of(4, 22));
        assertThat(ana.importantDates()).containsExactly(
                new ImportantDate("Anniversary", YearlyDate.of(LocalDate.of(2012, 6, 9))),
                new ImportantDate("Started at Acme", YearlyDate.of(9, 1)));
        assertThat(result.contacts().get(1).leftOut())
                .containsExactly(new RowIssue(21, "\"ana@localhost\" is not an email address; left out"));
    }

    @Test
    void fieldsRapportHasNoPlaceForGoIntoTheNotes() throws Exception {
        VCardImport result = read(card("FN:Ana Lima", "N:Lima;Ana;Maria;Dr.;PhD", "NICKNAME:Nana",
                "ADR;TYPE=home:;;Rua Augusta 1;Lisboa;;1100-048;Portugal", "URL:https://ana.example",
                "IMPP:xmpp:ana@jabber.example", "X-SKYPE:ana.lima", "ORG:Acme", "ORG:Lisbon Choir",
                "TITLE:Engineer", "TITLE:Treasurer", "NOTE:Likes jazz."), StandardCharsets.UTF_8);

        assertThat(result.contacts().getFirst().contact().notes()).isEqualTo("""
                Likes jazz.

                From the import:
                - Middle name: Maria
                - Prefix: Dr.
                - Suffix: PhD
                - Organization: Lisbon Choir
                - Title: Treasurer
                - Nickname: Nana
                - Address (home): Rua Augusta 1, Lisboa, 1100-048, Portugal
                - Chat (xmpp): ana@jabber.example
                - Chat (skype): ana.lima
                - Website: https://ana.example""");
    }

    @Test
    void aFileCutShortIsRefusedNamingTheCardItCutOff() {
        String text = card("FN:Ada Lovelace") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Charles Bab";

        assertThatThrownBy(() -> read(text, StandardCharsets.UTF_8)).isInstanceOf(VCardFormatException.class)
                .hasMessage("contacts.vcf line 5: the card that begins here has no END:VCARD; "
                        + "the file may be cut short");
    }

    @Test
    void aLineThatIsNotUtf8AndNamesNoCharsetIsRefusedWithItsLineRatherThanGarbled() {
        assertThatThrownBy(() -> read(card("FN:Jürgen Müller"), Charset.forName("windows-1252")))
                .isInstanceOf(VCardFormatException.class).hasMessage("contacts.vcf line 3: this line is not UTF-8 "
                        + "text; save the file as UTF-8 (Unicode) and import it again");
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
