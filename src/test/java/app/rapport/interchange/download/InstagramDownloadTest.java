package app.rapport.interchange.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.interchange.ImportException;

class InstagramDownloadTest {

    @TempDir
    Path temp;

    private static String rows(Path path) throws ImportException {
        Download download = new DownloadReader(ZoneId.of("UTC"), Instant.parse("2026-06-01T00:00:00Z"))
                .read(List.of(path));
        return String.join("\n", download.relationships().stream()
                .map(row -> row.platform() + " " + row.list() + " " + row.handle() + " " + row.on()
                        + (row.name().isEmpty() ? "" : " NAME " + row.name()))
                .sorted().toList());
    }

    @Test
    void the2022FolderGivesEveryFollowersPageAndEveryList() throws Exception {
        assertThat(rows(DownloadFixtures.folder("instagram-2022"))).isEqualTo("""
                INSTAGRAM CLOSE_FRIENDS renee_dupre 2021-02-10
                INSTAGRAM FOLLOWERS jane.d 2020-09-13
                INSTAGRAM FOLLOWERS renee_dupre 2020-09-14
                INSTAGRAM FOLLOWERS zoe.oz 2020-09-15
                INSTAGRAM FOLLOWING jane.d 2020-09-13
                INSTAGRAM FOLLOWING natgeo 2017-07-14
                INSTAGRAM REMOVED eve.old 2021-01-30
                INSTAGRAM REQUESTS_RECEIVED carol.k 2021-01-18
                INSTAGRAM REQUESTS_SENT bob.stone 2021-01-07""");
    }

    @Test
    void the2025ItemsWithTheNameInTitleOrOnlyInAnUnderscoreUUrlGiveTheHandle() throws Exception {
        assertThat(rows(DownloadFixtures.zip("instagram-2025", temp))).isEqualTo("""
                INSTAGRAM CLOSE_FRIENDS zoe.oz 2024-12-28
                INSTAGRAM FOLLOWERS jane.d 2024-12-24
                INSTAGRAM FOLLOWERS renee_dupre 2024-12-25
                INSTAGRAM FOLLOWING carol.k 2024-12-26
                INSTAGRAM REMOVED eve.old 2024-12-27
                INSTAGRAM REQUESTS_SENT bob.stone 2024-12-29""");
    }

    @Test
    void aHandleIsFoundInEveryFormOfProfileUrl() {
        assertThat(SocialJsonReader.handleOf("https://www.instagram.com/_u/Jane.D/")).isEqualTo("jane.d");
        assertThat(SocialJsonReader.handleOf("instagram.com/jane.d?igsh=abc")).isEqualTo("jane.d");
        assertThat(SocialJsonReader.handleOf("http://instagram.com/jane.d")).isEqualTo("jane.d");
        assertThat(SocialJsonReader.handleOf("https://www.instagram.com/p/xyz/")).isEmpty();
    }
}
