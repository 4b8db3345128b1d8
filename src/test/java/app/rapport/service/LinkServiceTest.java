package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Contact;
import app.rapport.domain.FieldError;
import app.rapport.domain.Link;
import app.rapport.domain.LinkChange;
import app.rapport.domain.LinkState;

class LinkServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    long ada;

    @BeforeEach
    void open() {
        ada = fixture.store.transact(tx -> tx.contacts().insert(Contact.named("Ada Lovelace", TODAY.minusDays(100))));
    }

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** A service whose "today" is {@code day}: the ledger must date changes by the clock, not by the machine. */
    LinkService on(LocalDate day) {
        return new LinkService(fixture.store, clockAt(day));
    }

    Optional<Link> link(long contactId, String platformId) {
        return fixture.store.transact(tx -> tx.links().find(contactId, platformId));
    }

    List<LinkChange> history(long contactId) {
        return fixture.store.transact(tx -> tx.links().history(contactId));
    }

    @Test
    void eachChangeIsDatedByTheClockAndKeptInTheHistoryNewestFirst() {
        LocalDate requestDay = TODAY.minusDays(10);
        on(requestDay).changeState(ada, "linkedin", LinkState.REQUEST_RECEIVED);
        on(TODAY).changeState(ada, "linkedin", LinkState.CONNECTED);

        assertThat(link(ada, "linkedin")).contains(new Link(ada, "linkedin", LinkState.CONNECTED, TODAY, ""));
        assertThat(history(ada)).containsExactly(
                new LinkChange(ada, "linkedin", TODAY, LinkState.REQUEST_RECEIVED, LinkState.CONNECTED),
                new LinkChange(ada, "linkedin", requestDay, LinkState.NONE, LinkState.REQUEST_RECEIVED));
    }

    @Test
    void settingTheSameStateAgainWritesNoHistoryAndKeepsTheOriginalDate() {
        // The no-answer period counts from the day a request went out; re-recording it must not restart it.
        LocalDate sentDay = TODAY.minusDays(20);
        on(sentDay).changeState(ada, "facebook", LinkState.REQUEST_SENT);
        on(TODAY).changeState(ada, "facebook", LinkState.REQUEST_SENT);

        assertThat(link(ada, "facebook")).map(Link::since).contains(sentDay);
        assertThat(history(ada)).hasSize(1);
    }

    @Test
    void movingANeverLinkedContactToNoneStoresNothing() {
        on(TODAY).changeState(ada, "x", LinkState.NONE);

        assertThat(link(ada, "x")).isEmpty();
        assertThat(history(ada)).isEmpty();
    }

    @Test
    void historyIsPerContact() {
        long grace = fixture.store.transact(tx -> tx.contacts().insert(Contact.named("Grace Hopper", TODAY)));
        on(TODAY).changeState(ada, "linkedin", LinkState.REQUEST_SENT);
        on(TODAY).changeState(grace, "instagram", LinkState.REQUEST_RECEIVED);

        assertThat(history(ada)).extracting(LinkChange::platformId).containsExactly("linkedin");
        assertThat(history(grace)).extracting(LinkChange::platformId).containsExactly("instagram");
    }

    @Test
    void setHandleKeepsTheStateAndItsDateAndWritesNoHistory() {
        LocalDate connectedDay = TODAY.minusDays(40);
        on(connectedDay).changeState(ada, "linkedin", LinkState.CONNECTED);
        on(TODAY).setHandle(ada, "linkedin", "  https://www.linkedin.com/in/ada  ");

        assertThat(link(ada, "linkedin")).contains(new Link(ada, "linkedin", LinkState.CONNECTED, connectedDay,
                "https://www.linkedin.com/in/ada"));
        assertThat(history(ada)).hasSize(1);
    }

    @Test
    void aLaterStateChangeKeepsTheHandle() {
        on(TODAY.minusDays(3)).setHandle(ada, "instagram", "@ada");
        on(TODAY).changeState(ada, "instagram", LinkState.REQUEST_SENT);

        assertThat(link(ada, "instagram")).contains(new Link(ada, "instagram", LinkState.REQUEST_SENT, TODAY, "@ada"));
    }

    @Test
    void aHandleOnAnUnlinkedPlatformStandsAtNone() {
        on(TODAY).setHandle(ada, "x", "@ada");

        assertThat(link(ada, "x")).contains(new Link(ada, "x", LinkState.NONE, TODAY, "@ada"));
        assertThat(history(ada)).isEmpty();
    }

    @Test
    void aHandleAtTheLimitIsKeptAndOneCharacterMoreIsRefusedWithoutChangingAnything() {
        String longest = "h".repeat(LinkService.HANDLE_MAX);
        on(TODAY).setHandle(ada, "x", longest);
        assertThat(link(ada, "x")).map(Link::handle).contains(longest);

        assertThatThrownBy(() -> on(TODAY).setHandle(ada, "x", longest + "h"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("handle"))
                .hasMessageContaining(String.valueOf(LinkService.HANDLE_MAX));
        assertThat(link(ada, "x")).map(Link::handle).contains(longest);
    }

    @Test
    void aNullHandleClearsIt() {
        on(TODAY).setHandle(ada, "x", "@ada");
        on(TODAY).setHandle(ada, "x", null);

        assertThat(link(ada, "x")).map(Link::handle).contains("");
    }
}
