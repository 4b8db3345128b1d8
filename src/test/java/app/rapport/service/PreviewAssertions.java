package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.rapport.interchange.download.DownloadPlatform;

/** That the preview's numbers, per platform, are what the import then wrote. */
final class PreviewAssertions {

    private PreviewAssertions() {
    }

    static void assertPreviewMatches(Map<DownloadPlatform, DownloadPlan.Counts> preview,
            DownloadImportService.Result landed) {
        assertThat(landed.platforms()).hasSameSizeAs(preview);
        preview.forEach((platform, counts) -> {
            DownloadImportService.Landed wrote = landed.platforms().get(platform);
            assertThat(wrote).as("%s landed", platform).isNotNull();
            assertThat(counts.stateTotal()).as("%s states", platform).isEqualTo(wrote.states());
            assertThat(counts.interactionTotal()).as("%s interactions", platform).isEqualTo(wrote.interactions());
            assertThat(counts.newPeople()).as("%s new contacts", platform).isEqualTo(wrote.createdContacts());
        });
    }
}
