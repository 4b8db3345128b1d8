package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.FollowUpRule;
import app.rapport.domain.VerdictKind;
import app.rapport.store.Store;

/** Export then import: the archive loses nothing, vCards and archives never double a contact. */
class InterchangeRoundTripTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = ServiceFixture.clockOn(TODAY);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @BeforeEach
    void open() {
        fixture.services.sampleData().load();
    }

    @Test
    void theSampleDataShowsEveryVerdictAndEveryKindOfFollowUp() {
        ReadinessMatrix matrix = fixture.services.readiness().matrix();
        Set<VerdictKind> verdicts = matrix.rows().stream()
                .flatMap(row -> matrix.platforms().stream().map(platform -> row.kind(platform.id())))
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VerdictKind.class)));
        assertThat(verdicts).containsExactlyInAnyOrder(VerdictKind.values());
        Set<String> rules = fixture.services.followUps().open().stream().map(item -> item.followUp().rule())
                .collect(Collectors.toSet());
        // Eleven sample contacts are too few for undecided ones to share a Sort follow-up.
        assertThat(rules).containsAll(EnumSet.complementOf(EnumSet.of(FollowUpRule.SORT)).stream().map(Enum::name)
                .toList());
        assertThat(fixture.services.sampleData().isLoaded()).isTrue();

        assertThat(fixture.services.sampleData().remove().removed()).isEqualTo(11);
        assertThat(fixture.services.contacts().summaries()).isEmpty();
        assertThat(fixture.services.followUps().open()).isEmpty();
    }

    @Test
    void anArchiveImportedIntoAnEmptyStoreGivesTheSameArchive() throws Exception {
        Path first = fixture.scratch().resolve("first.rapport.json");
        fixture.services.exports().export(first);

        try (Store second = Store.open(fixture.scratch().resolve("second"))) {
            Services other = Services.over(second, CLOCK);
            ImportService.ReadFiles read = other.imports().read(List.of(first));
            assertThat(read.problems()).isEmpty();
            other.imports().apply(other.imports().plan(read), WorkProgress.NONE);
            Path again = fixture.scratch().resolve("again.rapport.json");
            other.exports().export(again);
            assertThat(Files.readString(again)).isEqualTo(Files.readString(first));
        }
    }

    @Test
    void reImportingOurOwnExportsDoublesNothing() throws Exception {
        int contacts = fixture.services.contacts().summaries().size();
        int interactions = fixture.services.readiness().forContact(fixture.services.contacts().summaries().getFirst().id())
                .interactions().size();
        for (String name : List.of("all.vcf", "all.rapport.json")) {
            Path file = fixture.scratch().resolve(name);
            fixture.services.exports().export(file);
            ImportService.ReadFiles read = fixture.services.imports().read(List.of(file));
            assertThat(read.problems()).as(name).isEmpty();
            ImportPlan plan = fixture.services.imports().plan(read);
            assertThat(plan.newContacts()).as(name).isZero();
            fixture.services.imports().apply(plan, WorkProgress.NONE);
        }
        assertThat(fixture.services.contacts().summaries()).hasSize(contacts);
        assertThat(fixture.services.readiness().forContact(fixture.services.contacts().summaries().getFirst().id()).interactions())
                .hasSize(interactions);
    }

    @Test
    void csvAndIcsExportsAreWrittenAndAnUnknownExtensionIsRefused() throws Exception {
        Path csv = fixture.scratch().resolve("contacts.csv");
        assertThat(fixture.services.exports().export(csv).what()).isEqualTo("11 contacts as a spreadsheet");
        assertThat(Files.readString(csv)).contains("Maya Chen");
        Path ics = fixture.scratch().resolve("calendar.ics");
        fixture.services.exports().export(ics);
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
        assertThatThrownBy(() -> fixture.services.exports().export(fixture.scratch().resolve("contacts.xlsx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".rapport.json, .vcf, .csv, .ics");
    }
}
