package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadPlatform;

/** The per-platform line of the preview, the Done step and {@code import}: one wording, per state and per kind. */
class DownloadLinesTest {

    static final KindCounts FACEBOOK = KindCounts.counting(
            List.of(LinkState.CONNECTED, LinkState.CONNECTED, LinkState.REQUEST_SENT, LinkState.DECLINED_BY_ME,
                    LinkState.REMOVED),
            List.of(InteractionKind.MESSAGE, InteractionKind.MESSAGE, InteractionKind.IN_PERSON));

    @Test
    void thePreviewAndTheLandingWordStatesAndKindsAlike() {
        assertThat(DownloadLines.preview(DownloadPlatform.FACEBOOK, new DownloadPlan.Counts(FACEBOOK, 2, 1, 3, 1)))
                .isEqualTo("Facebook download: 2 connected \u00b7 1 request sent \u00b7 1 declined \u00b7 1 removed "
                        + "\u00b7 1 meeting in person \u00b7 2 messages \u00b7 2 new people \u00b7 1 newer state of "
                        + "yours kept \u00b7 1 ambiguous \u00b7 3 unmatched");
        assertThat(DownloadLines.landed(DownloadPlatform.FACEBOOK, new DownloadImportService.Landed(FACEBOOK, 2, 5)))
                .isEqualTo("Facebook download: 2 connected \u00b7 1 request sent \u00b7 1 declined \u00b7 1 removed "
                        + "\u00b7 1 meeting in person \u00b7 2 messages \u00b7 2 new contacts to sort \u00b7 5 "
                        + "request-ledger entries");
    }

    @Test
    void everyKindIsCountedInWordsThatTakeANumber() {
        KindCounts calendar = new KindCounts(Map.of(), Map.of(InteractionKind.IN_PERSON, 6,
                InteractionKind.VIDEO_CALL, 30, InteractionKind.EVENT, 1, InteractionKind.COFFEE_OR_MEAL, 2,
                InteractionKind.WORKED_TOGETHER, 1, InteractionKind.SOCIAL_MEDIA, 3));

        assertThat(DownloadLines.landed(DownloadPlatform.CALENDAR, new DownloadImportService.Landed(calendar, 0, 0)))
                .isEqualTo("Calendar: 6 meetings in person \u00b7 2 coffees or meals \u00b7 1 day worked together "
                        + "\u00b7 1 event \u00b7 30 video calls \u00b7 3 social media exchanges");
    }

    @Test
    void aPlatformThatBroughtNothingSaysSo() {
        KindCounts none = KindCounts.counting(List.of(), List.of());

        assertThat(DownloadLines.landed(DownloadPlatform.LINKEDIN, new DownloadImportService.Landed(none, 0, 0)))
                .isEqualTo("LinkedIn messages: nothing new");
    }

    @Test
    void countsOfTheSameRowsAreEqualWhetherOrNotTheyNameTheKindsThatAreZero() {
        KindCounts namingZeros = new KindCounts(Map.of(LinkState.CONNECTED, 2, LinkState.REMOVED, 0),
                Map.of(InteractionKind.EMAIL, 0));

        assertThat(namingZeros).isEqualTo(KindCounts.counting(List.of(LinkState.CONNECTED, LinkState.CONNECTED), List.of()));
    }

    @Test
    void aPersonToLinkSaysWhatTheyBringInTheSameWords() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        List<DownloadPlan.Visit> visits = List.of(new DownloadPlan.Visit(day, InteractionKind.MESSAGE, "a"),
                new DownloadPlan.Visit(day.plusDays(1), InteractionKind.MESSAGE, "b"),
                new DownloadPlan.Visit(day, InteractionKind.VIDEO_CALL, "c"));

        assertThat(DownloadLines.visits(visits)).isEqualTo("1 video call \u00b7 2 messages");
        assertThat(DownloadLines.visits(List.of())).isEmpty();
    }
}
