package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.rapport.interchange.download.DownloadPlatform;

/** That the preview's numbers, per platform and per state and kind, are what the import then wrote. */
final class PreviewAssertions {

    private PreviewAssertions() {
    }

    static void assertPreviewMatches(Map<DownloadPlatform, DownloadPlan.Counts> preview,
            DownloadImportService.Result landed) {
        assertThat(landed.platforms()).hasSameSizeAs(preview);
        preview.forEach((platform, counts) -> {
            DownloadImportService.Landed wrote = landed.platforms().get(platform);
            assertThat(wrote).as("%s landed", platform).isNotNull();
            assertThat(wrote.kinds().states()).as("%s links per state", platform).isEqualTo(counts.kinds().states());
            assertThat(wrote.kinds().interactions()).as("%s interactions per kind", platform)
                    .isEqualTo(counts.kinds().interactions());
            assertThat(wrote.createdContacts()).as("%s new contacts", platform).isEqualTo(counts.newPeople());
        });
    }
}
