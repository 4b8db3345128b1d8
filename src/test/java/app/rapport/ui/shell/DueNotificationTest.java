package app.rapport.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up nudge counts as the other due counts do: thousands grouped, one said as one. */
class DueNotificationTest {

    @Test
    void oneFollowUpIsSaidAsOne() {
        assertThat(DueNotification.words(1)).isEqualTo("1 follow-up is due. Click to see it.");
    }

    @Test
    void thousandsAreGrouped() {
        assertThat(DueNotification.words(2840)).isEqualTo("2,840 follow-ups are due. Click to see them.");
        assertThat(DueNotification.words(12)).isEqualTo("12 follow-ups are due. Click to see them.");
    }
}
