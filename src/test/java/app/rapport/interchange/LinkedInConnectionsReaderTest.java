package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

/** Connections.csv as LinkedIn writes it today (preamble, URL column) and as it did before (neither). */
class LinkedInConnectionsReaderTest {

    private final LinkedInConnectionsReader reader = new LinkedInConnectionsReader();

    @Test
    void findsTheHeaderBelowThePreambleAndReadsEveryNamedRow() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("linkedin-2024/Connections.csv"));

        assertThat(batch.format()).isEqualTo(ImportFormat.LINKEDIN_CONNECTIONS);
        assertThat(batch.fileName()).isEqualTo("Connections.csv");
        assertThat(batch.contacts()).extracting(imported -> imported.contact().displayName()).containsExactly(
                "Ada Lovelace", "Grace Hopper", "Zoë Brontë-Şahin", "Jean-Luc Picard, PhD", "Linus Torvalds",
                "Margaret Hamilton");
        assertThat(batch.contacts()).extracting(ImportedContact::line).containsExactly(5, 6, 8, 10, 11, 13);
        assertThat(batch.requests()).isEmpty();
    }

    @Test
    void aFileSavedAgainByASpreadsheetKeepsEveryConnectionDateAndAnUnreadableOneIsNotMadeToday()
            throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("linkedin-spreadsheet/Connections.csv"));

        assertThat(batch.contacts()).extracting(imported -> imported.links().getFirst().since()).containsExactly(
                LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 6),
                LocalDate.of(2026, 2, 6), null);
        assertThat(batch.warnings()).extracting(RowIssue::message)
                .containsExactly("line 6: Connected On \"#VALUE!\" is not a date; imported without it");
    }

    @Test
    void rowsWithoutANameAreSkippedWithTheirLine() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("linkedin-2024/Connections.csv"));

        assertThat(batch.skipped()).extracting(RowIssue::message).containsExactly("line 7: no name", "line 12: no name");
    }

    @Test
    void quotedValuesKeepTheirCommasAndDoubledQuotes() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("linkedin-2024/Connections.csv"));

        Contact grace = contact(batch, "Grace Hopper");
        assertThat(grace.organization()).isEqualTo("Acme, Inc.");
        assertThat(grace.role()).isEqualTo("Head of \"Fun\" & Compilers");
        assertThat(contact(batch, "Jean-Luc Picard, PhD").familyName()).isEqualTo("Picard, PhD");
        assertThat(contact(batch, "Margaret Hamilton").role()).isEqualTo("Director, Software Engineering Division");
        // A position quoted across two lines becomes one line: it is shown in a single table cell.
        assertThat(contact(batch, "Zoë Brontë-Şahin").role()).isEqualTo("Leiterin Vertrieb DACH & Nordics");
    }

    @Test
    void aConnectionIsAProfessionalContactConnectedOnLinkedInSinceConnectedOn() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("linkedin-2024/Connections.csv"));

        ImportedContact ada = batch.contacts().getFirst();
        Contact contact = ada.contact();
        assertThat(contact.id()).isNull();
        assertThat(contact.addedOn()).isNull();
        assertThat(contact.givenName()).isEqualTo("Ada");
        assertThat(contact.familyName()).isEqualTo("Lovelace");
        assertThat(contact.organization()).isEqualTo("Analytical Engines, Ltd.");
        assertThat(contact.role()).isEqualTo("Engineer");
        assertThat(contact.emails()).containsExactly("ada@example.com");
        assertThat(contact.category()).isEqualTo(Category.PROFESSIONAL);
        assertThat(contact.relationship()).isEqualTo(Relationship.OTHER);
        assertThat(contact.metOn()).isNull();
        assertThat(ada.profileUrl()).isEqualTo("https://www.linkedin.com/in/ada-lovelace");
        assertThat(ada.links()).containsExactly(new ImportedLink("linkedin", LinkState.CONNECTED,
                LocalDate.of(2024, 3, 12), "https://www.linkedin.com/in/ada-lovelace"));
        assertThat(linkOf(batch, "Grace Hopper").since()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(linkOf(batch, "Margaret Hamilton").since()).isEqualTo(LocalDate.of(2019, 6, 5));
        assertThat(linkOf(batch, "Margaret Hamilton").handle()).isEmpty();
    }

    @Test
    void anUnreadableDateOrEmailIsLeftOutOfAKeptRowWithAWarning() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("linkedin-2024/Connections.csv"));

        Contact linus = contact(batch, "Linus Torvalds");
        assertThat(linus.emails()).isEmpty();
        assertThat(linkOf(batch, "Linus Torvalds").since()).isNull();
        assertThat(linkOf(batch, "Linus Torvalds").state()).isEqualTo(LinkState.CONNECTED);
        assertThat(batch.warnings()).extracting(RowIssue::message).containsExactly(
                "line 11: Email Address \"linus at example.org\" is not an email address; left out",
                "line 11: Connected On \"31 Foo 2024\" is not a date; imported without it");
    }

    @Test
    void readsTheOlderExportWithoutPreambleOrUrlAndWithUsDates() throws ImportException {
        ImportBatch batch = reader.read(Fixtures.file("linkedin-2018/Connections.csv"));

        assertThat(batch.contacts()).extracting(imported -> imported.contact().displayName())
                .containsExactly("Tim Berners-Lee", "Barbara Liskov", "Donald Knuth");
        assertThat(batch.skipped()).extracting(RowIssue::message).containsExactly("line 4: no name");
        assertThat(linkOf(batch, "Tim Berners-Lee")).isEqualTo(
                new ImportedLink("linkedin", LinkState.CONNECTED, LocalDate.of(2018, 1, 8), ""));
        assertThat(linkOf(batch, "Barbara Liskov").since()).isEqualTo(LocalDate.of(2017, 12, 24));
        assertThat(contact(batch, "Barbara Liskov").role()).isEqualTo("Institute Professor, EECS");
        assertThat(contact(batch, "Donald Knuth").role()).isEqualTo("Professor Emeritus of \"The Art\"");
        assertThat(contact(batch, "Tim Berners-Lee").emails()).containsExactly("tim@example.org");
        assertThat(batch.contacts()).allSatisfy(imported -> assertThat(imported.profileUrl()).isEmpty());
    }

    private static Contact contact(ImportBatch batch, String name) {
        return imported(batch, name).contact();
    }

    private static ImportedLink linkOf(ImportBatch batch, String name) {
        List<ImportedLink> links = imported(batch, name).links();
        assertThat(links).hasSize(1);
        return links.getFirst();
    }

    private static ImportedContact imported(ImportBatch batch, String name) {
        return batch.contacts().stream().filter(imported -> imported.contact().displayName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No contact " + name));
    }
}
