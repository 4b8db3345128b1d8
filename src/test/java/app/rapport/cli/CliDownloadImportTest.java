package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Interaction;
import app.rapport.interchange.download.DownloadFixtures;
import app.rapport.store.Store;

/** {@code import} with platform downloads and calendars: what lands, what is left out and said, and bad files. */
class CliDownloadImportTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... command) {
        out.reset();
        err.reset();
        return new Cli(dir.resolve("data"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(List.of(command));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFacebookZipAnInstagramFolderAndACalendarImportTogether() throws Exception {
        Path facebook = DownloadFixtures.zip("facebook-2024", dir);

        int status = run("import", facebook.toString(), DownloadFixtures.folder("instagram-2022").toString(),
                DownloadFixtures.folder("calendars").resolve("google.ics").toString());

        assertThat(status).as(err()).isZero();
        assertThat(out().lines()).as("one line per platform, in the words of the window's Done step").containsExactly(
                "Facebook download: 3 connected \u00b7 1 request sent \u00b7 1 request received \u00b7 5 new contacts "
                        + "to sort \u00b7 5 request-ledger entries",
                "Instagram download: nothing new",
                "Calendar: nothing new");
        List<String> leftOut = err().lines().filter(line -> line.startsWith("import: left out ")).toList();
        assertThat(leftOut).contains("import: left out Instagram download @natgeo: matches no contact",
                "import: left out Calendar ada@example.com: matches no contact");
        assertThat(leftOut).noneMatch(line -> line.contains("olivia@example.com"));
        assertThat(err().lines().toList().getLast()).isEqualTo("import: " + leftOut.size()
                + " rows left out (link them in the window's import)");

        assertThat(run("import", facebook.toString())).isZero();
        assertThat(out().lines()).containsExactly("Facebook download: nothing new");
    }

    @Test
    void aFacebookFriendWhoMatchesTwoContactsIsLeftOutAndNamed() throws Exception {
        Path card = Files.writeString(dir.resolve("two-janes.vcf"), """
                BEGIN:VCARD
                VERSION:3.0
                FN:Jane Doe
                EMAIL:jane@work.example
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Doe Jane
                EMAIL:jane@home.example
                END:VCARD
                """);
        assertThat(run("import", card.toString())).as(err()).isZero();

        assertThat(run("import", DownloadFixtures.folder("facebook-2024").resolve("connections/friends/your_friends.json")
                .toString())).isZero();

        assertThat(err()).contains("import: left out Facebook download Jane Doe: matches 2 contacts (Jane Doe, Doe Jane)");
    }

    @Test
    void contactFilesAndDownloadsGoInTogetherSoADownloadMatchesAContactItsFilesBring() throws Exception {
        Path card = Files.writeString(dir.resolve("ada.vcf"), """
                BEGIN:VCARD
                VERSION:3.0
                FN:Ada Lovelace
                EMAIL:ada@example.com
                END:VCARD
                """);

        int status = run("import", card.toString(),
                DownloadFixtures.folder("calendars").resolve("google.ics").toString());

        assertThat(status).as(err()).isZero();
        assertThat(out().lines()).as("Ada's five meetings and a conference, per kind").containsExactly(
                "Imported 1 new, merged 0, recorded 0 LinkedIn invitations",
                "Calendar: 5 meetings in person \u00b7 1 event");
        assertThat(err()).as("Ada came with the vCard, so her address matches").doesNotContain("ada@example.com");
        try (Store store = Store.open(dir.resolve("data"))) {
            List<Interaction> meetings = store.transact(tx -> tx.interactions().all());
            assertThat(meetings).extracting(i -> i.on() + " " + i.kind()).contains("2024-01-08 IN_PERSON");
        }
    }

    @Test
    void aFileThatCannotBeReadExitsTwoWithNothingImported() throws Exception {
        Path broken = Files.writeString(dir.resolve("your_friends.json"), "{\"friends_v2\": [{\"name\": \"Jo");

        int status = run("import", DownloadFixtures.folder("calendars").resolve("google.ics").toString(),
                broken.toString());

        assertThat(status).isEqualTo(Cli.BAD_INPUT);
        assertThat(err()).contains("your_friends.json").contains("friends_v2[0]").contains("nothing was imported");
        assertThat(run("readiness", "--format", "csv")).isZero();
        assertThat(out().lines().count()).as("only the header: no contact was made").isEqualTo(1);
    }

    @Test
    void theHtmlDownloadIsExplained() throws Exception {
        int status = run("import", DownloadFixtures.folder("facebook-html").toString());

        assertThat(status).isEqualTo(Cli.BAD_INPUT);
        assertThat(err()).contains("choose \"JSON\"");
    }
}
