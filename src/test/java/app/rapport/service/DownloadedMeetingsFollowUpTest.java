package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.domain.Verdict;
import app.rapport.domain.VerdictKind;
import app.rapport.interchange.download.Download;

/**
 * The follow-up rules run after a download import (issue 12, PRODUCT.md's F1): a coffee found in the user's
 * calendar with someone whose LinkedIn request waits for a first meeting closes that "meet first" follow-up.
 */
class DownloadedMeetingsFollowUpTest {

    private static final String ME = "me@example.com";

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @Test
    void aCoffeeInTheCalendarClosesTheMeetFirstFollowUpAndTheVerdictMovesOn() throws Exception {
        Services services = fixture.services;
        long ana = colleague("Ana Alvarez", "ana@example.com", "Knows the job.");
        long bea = colleague("Bea Brandt", "bea@example.com", "");
        services.links().changeState(ana, "linkedin", LinkState.REQUEST_RECEIVED);
        services.links().changeState(bea, "linkedin", LinkState.REQUEST_RECEIVED);
        assertThat(openOf(ana)).extracting(FollowUp::rule).containsExactly("F1");
        assertThat(linkedIn(ana).kind()).isEqualTo(VerdictKind.GET_TO_KNOW_FIRST);
        long meetFirst = openOf(ana).getFirst().id();
        String beaBefore = openOf(bea).getFirst().title();

        Download download = services.downloads().read(List.of(calendar()));
        assertThat(DownloadImportService.calendarAddresses(download)).as("the organizer first, to choose")
                .first().isEqualTo(ME);
        DownloadPlan plan = services.downloads().plan(download, Set.of(ME));
        services.downloads().apply(plan, Map.of(), WorkProgress.NONE);

        assertThat(fixture.store.transact(tx -> tx.followUps().find(meetFirst)).orElseThrow().status())
                .as("met, and can vouch: F1 closed").isEqualTo(FollowUpStatus.CLOSED);
        assertThat(openOf(ana)).extracting(FollowUp::rule).as("and F3: accept the request").containsExactly("F3");
        assertThat(linkedIn(ana).kind()).isEqualTo(VerdictKind.READY);
        assertThat(openOf(bea)).singleElement().satisfies(followUp -> {
            assertThat(followUp.rule()).as("met, but cannot vouch yet: F1 stays").isEqualTo("F1");
            assertThat(followUp.title()).isNotEqualTo(beaBefore).startsWith("Write what you would say");
        });
        assertThat(linkedIn(bea).kind()).isEqualTo(VerdictKind.GET_TO_KNOW_FIRST);
    }

    private long colleague(String name, String email, String vouch) {
        return fixture.store.transact(tx -> tx.contacts().insert(Contact.builder().displayName(name)
                .category(Category.PROFESSIONAL).relationship(Relationship.COLLEAGUE).emails(List.of(email))
                .vouchForThem(vouch).addedOn(ServiceFixture.TODAY.minusDays(30)).build()));
    }

    private List<FollowUp> openOf(long contactId) {
        return fixture.store.transact(tx -> tx.followUps().open()).stream()
                .filter(f -> f.contactId() != null && f.contactId() == contactId).toList();
    }

    private Verdict linkedIn(long contactId) {
        return fixture.services.readiness().forContact(contactId).platforms().stream()
                .filter(p -> p.platform().id().equals("linkedin")).findFirst().orElseThrow().verdict();
    }

    /** Coffee two days ago with Ana and Bea, the user organizing; a cancelled one before it counts for nothing. */
    private Path calendar() throws Exception {
        Path file = fixture.scratch().resolve("calendar.ics");
        Files.writeString(file, String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "BEGIN:VEVENT", "UID:coffee-1@google.com", "DTSTAMP:20261101T000000Z",
                "DTSTART:20261121T090000Z", "DTEND:20261121T100000Z",
                "ORGANIZER;CN=Me:mailto:" + ME,
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + ME,
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ana Alvarez:mailto:ANA@example.com",
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Bea Brandt:mailto:bea@example.com",
                "SUMMARY:Coffee", "LOCATION:Café Central", "END:VEVENT",
                "BEGIN:VEVENT", "UID:coffee-0@google.com", "DTSTAMP:20261101T000000Z",
                "DTSTART:20261101T090000Z", "DTEND:20261101T100000Z", "STATUS:CANCELLED",
                "ORGANIZER;CN=Me:mailto:" + ME,
                "ATTENDEE;PARTSTAT=ACCEPTED:mailto:ana@example.com", "SUMMARY:Coffee", "END:VEVENT",
                "END:VCALENDAR", ""));
        return file;
    }
}
