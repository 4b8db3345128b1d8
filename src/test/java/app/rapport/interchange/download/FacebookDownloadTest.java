package app.rapport.interchange.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.rapport.interchange.ImportException;

class FacebookDownloadTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path temp;

    private static Download read(Path... paths) throws ImportException {
        return new DownloadReader(ZoneId.of("Europe/Paris"), NOW).read(List.of(paths));
    }

    private static String rows(Download download) {
        return String.join("\n", download.relationships().stream()
                .map(row -> row.platform() + " " + row.list() + " " + row.name() + " " + row.on())
                .sorted().toList());
    }

    @Test
    void the2019LayoutGivesEveryListWithRepairedNamesAndTheirDays() throws Exception {
        assertThat(rows(read(DownloadFixtures.folder("facebook-2020")))).isEqualTo("""
                FACEBOOK FRIENDS Jane Doe 2020-01-01
                FACEBOOK FRIENDS Renée Dupré 2020-05-13
                FACEBOOK FRIENDS Łukasz Nowak 2020-01-26
                FACEBOOK REJECTED Dave Spam 2020-06-12
                FACEBOOK REMOVED Eve Old 2019-06-08
                FACEBOOK REMOVED Jane Doe 2017-07-14
                FACEBOOK REQUESTS_RECEIVED Carol King 2020-06-01
                FACEBOOK REQUESTS_SENT Bob Stone 2020-05-20""");
    }

    @Test
    void the2021LayoutUsesTheV2Keys() throws Exception {
        assertThat(rows(read(DownloadFixtures.folder("facebook-2022")))).isEqualTo("""
                FACEBOOK FRIENDS Renée Dupré 2020-05-13
                FACEBOOK FRIENDS Zoë Öztürk 2022-01-01
                FACEBOOK REMOVED Eve Old 2022-08-08
                FACEBOOK REQUESTS_RECEIVED Carol King 2022-04-26
                FACEBOOK REQUESTS_SENT Bob Stone 2022-04-15""");
    }

    @Test
    void the2024LayoutZippedWithMacResourceForksReadsTheSameAsTheFolder() throws Exception {
        Download fromFolder = read(DownloadFixtures.folder("facebook-2024"));
        Download fromZip = read(DownloadFixtures.zip("facebook-2024", temp));

        assertThat(rows(fromZip)).isEqualTo(rows(fromFolder)).contains("FACEBOOK FRIENDS François Müller 2023-11-26");
        assertThat(fromZip.files()).allMatch(name -> name.startsWith("facebook-2024.zip › connections/friends/"))
                .noneMatch(name -> name.contains("__MACOSX"));
        assertThat(fromZip.exportedOn()).containsKey(DownloadPlatform.FACEBOOK);
    }

    @Test
    void aDownloadSplitIntoSeveralZipsIsReadAsOne() throws Exception {
        Download both = read(DownloadFixtures.zip("facebook-2020", temp), DownloadFixtures.zip("facebook-2024", temp));

        assertThat(both.relationships()).hasSize(16);
    }

    @Test
    void oneFileOfTheDownloadIsEnough() throws Exception {
        Path friends = DownloadFixtures.folder("facebook-2024").resolve("connections/friends/your_friends.json");

        assertThat(rows(read(friends))).startsWith("FACEBOOK FRIENDS François Müller");
    }

    @Test
    void theHtmlDownloadIsRefusedWithWhatToChooseInstead() throws Exception {
        assertThatThrownBy(() -> read(DownloadFixtures.zip("facebook-html", temp)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("facebook-html.zip › connections/friends/your_friends.html")
                .hasMessageContaining("choose \"JSON\"");
    }

    @Test
    void aFileCutShortNamesTheZipEntryAndTheJsonPath() throws Exception {
        Path zip = DownloadFixtures.zipOf(temp.resolve("facebook.zip"),
                List.of("connections/friends/your_friends.json"),
                List.of("{\"friends_v2\": [{\"name\": \"Jane\", \"timestamp\": 1}, {\"name\": \"Jo"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("facebook.zip › connections/friends/your_friends.json")
                .hasMessageContaining("friends_v2[1]")
                .hasMessageContaining("cut short");
    }

    @Test
    void aDateThatIsNotANumberNamesItsPath() throws Exception {
        Path file = Files.writeString(temp.resolve("friends.json"),
                "{\"friends\": [{\"name\": \"Jane\", \"timestamp\": 1},\n {\"name\": \"Jo\", \"timestamp\": \"May\"}]}");

        assertThatThrownBy(() -> read(file))
                .hasMessage("friends.json, line 2: friends[1].timestamp: the date should be a number of seconds, "
                        + "found \"May\".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PK\u0003\u0004 this is not really a zip", "PK\u0005\u0006"})
    void aDamagedZipIsNamed(String bytes) throws IOException {
        Path zip = Files.write(temp.resolve("facebook-jane.zip"), bytes.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(zip)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("facebook-jane.zip: ");
    }

    @Test
    void aZipWithNothingReadableIsAnErrorNamingIt() throws Exception {
        Path zip = DownloadFixtures.zipOf(temp.resolve("holiday.zip"), List.of("photos/a.jpg", "notes.txt"),
                List.of(new byte[] {(byte) 0xFF, (byte) 0xD8}, "hello".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> read(zip)).hasMessageStartingWith("holiday.zip: nothing in it can be read");
    }

    @Test
    void anEntryThatUnpacksToFarMoreThanItsSizeIsRefusedAsABomb() throws Exception {
        byte[] zeros = new byte[20 * 1024 * 1024];
        Path zip = DownloadFixtures.zipOf(temp.resolve("bomb.zip"), List.of("connections/friends/your_friends.json"),
                List.of(zeros));

        assertThatThrownBy(() -> read(zip)).hasMessageContaining("bomb.zip › connections/friends/your_friends.json")
                .hasMessageContaining("100 times");
    }

    @Test
    void entryNamesAreNeverUsedAsPaths() throws Exception {
        Path zip = DownloadFixtures.zipOf(temp.resolve("evil.zip"), List.of("../../outside/friends.json"),
                List.of("{\"friends\": [{\"name\": \"Jane\", \"timestamp\": 1}]}".getBytes(StandardCharsets.UTF_8)));

        Download download = read(zip);

        assertThat(download.relationships()).hasSize(1);
        assertThat(temp.getParent().resolve("outside")).doesNotExist();
        assertThat(temp.resolveSibling("outside")).doesNotExist();
    }

    @Test
    void mojibakeIsRepairedOnlyWhenItIsValidUtf8() {
        assertThat(TextRepair.repair("Ren\u00c3\u00a9e")).isEqualTo("Renée");
        assertThat(TextRepair.repair("Renée")).isEqualTo("Renée");
        assertThat(TextRepair.repair("Zoë 😀")).isEqualTo("Zoë 😀");
        assertThat(TextRepair.repair("plain")).isEqualTo("plain");
    }
}
