package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.Relationship;
import app.rapport.domain.YearlyDate;

/** Google Contacts CSV in today's header set (UTF-8) and the legacy one (UTF-16LE with a byte order mark). */
class GoogleContactsReaderTest {

    private final GoogleContactsReader reader = new GoogleContactsReader();

    @Test
    void readsTodaysExport() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("google-2024/contacts.csv"));

        assertThat(batch.format()).isEqualTo(ImportFormat.GOOGLE_CONTACTS);
        assertThat(batch.contacts()).extracting(imported -> imported.contact().displayName())
                .containsExactly("María José García López", "newsletter@shop.example", "Bobby", "Kiosk am Eck",
                        "Martin Luther King Jr.");
        assertThat(batch.contacts()).extracting(ImportedContact::line).containsExactly(2, 6, 7, 8, 9);
        assertThat(batch.skipped()).as("a row with only an email address is named by it, as in the vCard import")
                .isEmpty();
    }

    @Test
    void splitsMultiValuesAndKeepsEachAddressOnce() throws ImportException {
        ImportedContact maria = reader.read(Fixtures.file("google-2024/contacts.csv")).contacts().getFirst();
        Contact contact = maria.contact();

        assertThat(contact.givenName()).isEqualTo("María José");
        assertThat(contact.familyName()).isEqualTo("García López");
        assertThat(contact.organization()).isEqualTo("Acme, Inc.");
        assertThat(contact.role()).isEqualTo("CTO");
        assertThat(contact.emails()).containsExactly("maria@example.com", "mjgl@example.org", "maria@acme.example");
        assertThat(contact.phones()).containsExactly("+34 600 123 456", "+34 600 654 321");
        assertThat(contact.birthday()).isEqualTo(YearlyDate.of(LocalDate.of(1985, 3, 12)));
        assertThat(contact.notes()).isEqualTo("Met at PyCon Valencia.\nLikes \"good\" coffee, hates small talk.\n\n"
                + "From the import:\n- Address: Calle Mayor 1, 46001 Valencia, ES");
        assertThat(contact.category()).isEqualTo(Category.UNDECIDED);
        assertThat(contact.relationship()).isEqualTo(Relationship.OTHER);
        assertThat(maria.links()).isEmpty();
        assertThat(maria.profileUrl()).isEqualTo("https://es.linkedin.com/in/mariajose/");
    }

    @Test
    void labelsBecomeTagsWithoutGooglesSystemGroups() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("google-2024/contacts.csv"));

        assertThat(batch.contacts().get(0).contact().tags()).containsExactly("Conference 2024");
        assertThat(batch.contacts().get(1).contact().tags()).isEmpty();
        assertThat(batch.contacts().get(2).contact().tags()).containsExactly("Climbing");
        assertThat(batch.contacts().get(3).contact().tags()).isEmpty();
        assertThat(batch.contacts().get(4).contact().tags()).containsExactly("History");
    }

    @Test
    void aBirthdayWithoutAYearIsKeptAndSomethingThatIsNotAnAddressIsLeftOutWithAWarning() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("google-2024/contacts.csv"));

        assertThat(batch.contacts().get(2).contact().birthday()).isEqualTo(YearlyDate.of(7, 4));
        assertThat(batch.contacts().get(4).contact().emails()).containsExactly("mlk@example.org");
        assertThat(batch.warnings()).extracting(RowIssue::message).containsExactly(
                "line 9: E-mail 1 - Value \"not an address\" is not an email address; left out");
    }

    @Test
    void readsTheLegacyUtf16Export() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("google-legacy/google.csv"));

        assertThat(batch.contacts()).extracting(imported -> imported.contact().displayName())
                .containsExactly("Łukasz Żółć", "山田 太郎", "Siobhán O'Brien", "+44 7700 900123");
        assertThat(batch.skipped()).as("a row with only a phone number is named by it").isEmpty();

        Contact lukasz = batch.contacts().get(0).contact();
        assertThat(lukasz.givenName()).isEqualTo("Łukasz");
        assertThat(lukasz.organization()).isEqualTo("Żabka \"Polska\" sp. z o.o.");
        assertThat(lukasz.role()).isEqualTo("Kierownik, Logistyka");
        assertThat(lukasz.birthday()).isEqualTo(YearlyDate.of(LocalDate.of(1990, 2, 28)));
        assertThat(lukasz.tags()).containsExactly("Friends", "Climbing");
        assertThat(lukasz.emails()).containsExactly("lukasz@example.pl");
        assertThat(lukasz.phones()).containsExactly("+48 600 700 800");

        Contact taro = batch.contacts().get(1).contact();
        assertThat(taro.emails()).containsExactly("taro.yamada@example.jp", "t.yamada@example.jp");
        assertThat(taro.tags()).containsExactly("Coworkers");
        assertThat(taro.notes()).startsWith("Tokyo office 🗼");
        assertThat(taro.organization()).isEqualTo("株式会社サンプル");
    }

    @Test
    void birthdaysWithoutAYearEventsAndRowsWithoutANameAsPhonesAndGoogleWriteThem() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("google-events/contacts.csv"));

        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.warnings()).extracting(RowIssue::message)
                .containsExactly("line 6: Event 1 - Value \"someday\" is not a date; imported without it");
        assertThat(batch.contacts()).extracting(imported -> imported.contact().displayName()).containsExactly(
                "Ana Maria Lima", "Bike Shop", "only@example.com", "+49 30 1234567", "Rui Costa");
        Contact ana = batch.contacts().getFirst().contact();
        assertThat(ana.birthday()).as("\" --04-22\" with the space Google puts before it")
                .isEqualTo(YearlyDate.of(4, 22));
        assertThat(ana.importantDates()).containsExactly(
                new ImportantDate("Anniversary", YearlyDate.of(LocalDate.of(2012, 6, 9))),
                new ImportantDate("Started at Acme", YearlyDate.of(9, 1)));
        assertThat(ana.notes()).isEqualTo("""
                Loves fado.

                From the import:
                - Middle name: Maria
                - Nickname: Aninha
                - Website: https://ana.example""");
        assertThat(batch.contacts().get(4).contact().importantDates()).isEmpty();
    }
}
