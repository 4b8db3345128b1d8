package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A contact's link on a platform is found among their links by the platform's id. */
class LinkTest {

    private static final Link LINKEDIN = new Link(7, "linkedin", LinkState.CONNECTED, LocalDate.of(2026, 1, 5), "");
    private static final Link FACEBOOK = new Link(7, "facebook", LinkState.REQUEST_SENT, null, "");

    @Test
    void theLinkOnAPlatformIsFoundByItsId() {
        assertThat(Link.on(List.of(LINKEDIN, FACEBOOK), "facebook")).isSameAs(FACEBOOK);
        assertThat(Link.on(List.of(LINKEDIN, FACEBOOK), "linkedin")).isSameAs(LINKEDIN);
    }

    @Test
    void aPlatformWithoutALinkHasNone() {
        assertThat(Link.on(List.of(LINKEDIN, FACEBOOK), "instagram")).isNull();
        assertThat(Link.on(List.of(), "linkedin")).isNull();
    }
}
