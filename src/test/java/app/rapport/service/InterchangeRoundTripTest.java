package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.FollowUpRule;
import app.rapport.domain.VerdictKind;
import app.rapport.store.Store;

/** Export then import: the archive loses nothing, vCards and archives never double a contact. */
class InterchangeRoundTripTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Store store;
    Services services;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("first"));
        services = Services.over(store, CLOCK);
        services.sampleData().load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSampleDataShowsEveryVerdictAndEveryKindOfFollowUp() {
        Set<VerdictKind> verdicts = services.readiness().matrix().rows().stream()
                .flatMap(row -> row.verdicts().values().stream()).map(verdict -> verdict.kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VerdictKind.class)));
        assertThat(verdicts).containsExactlyInAnyOrder(VerdictKind.values());
        Set<String> rules = services.followUps().open().stream().map(item -> item.followUp().rule())
                .collect(Collectors.toSet());
        // Eleven sample contacts are too few for undecided ones to share a Sort follow-up.
        assertThat(rules).containsAll(EnumSet.complementOf(EnumSet.of(FollowUpRule.SORT)).stream().map(Enum::name)
                .toList());
        assertThat(services.sampleData().isLoaded()).isTrue();

        assertThat(services.sampleData().remove()).isEqualTo(11);
        assertThat(services.contacts().summaries()).isEmpty();
        assertThat(services.followUps().open()).isEmpty();
    }

    @Test
    void anArchiveImportedIntoAnEmptyStoreGivesTheSameArchive() throws Exception {
        Path first = dir.resolve("first.rapport.json");
        services.exports().export(first);

        try (Store second = Store.open(dir.resolve("second"))) {
            Services other = Services.over(second, CLOCK);
            ImportService.ReadFiles read = other.imports().read(List.of(first));
            assertThat(read.problems()).isEmpty();
            other.imports().apply(other.imports().plan(read), ImportProgress.NONE);
            Path again = dir.resolve("again.rapport.json");
            other.exports().export(again);
            assertThat(Files.readString(again)).isEqualTo(Files.readString(first));
        }
    }

    @Test
    void reImportingOurOwnExportsDoublesNothing() throws Exception {
        int contacts = services.contacts().summaries().size();
        int interactions = services.readiness().forContact(services.contacts().summaries().getFirst().id())
                .interactions().size();
        for (String name : List.of("all.vcf", "all.rapport.json")) {
            Path file = dir.resolve(name);
            services.exports().export(file);
            ImportService.ReadFiles read = services.imports().read(List.of(file));
            assertThat(read.problems()).as(name).isEmpty();
            ImportPlan plan = services.imports().plan(read);
            assertThat(plan.newContacts()).as(name).isZero();
            services.imports().apply(plan, ImportProgress.NONE);
        }
        assertThat(services.contacts().summaries()).hasSize(contacts);
        assertThat(services.readiness().forContact(services.contacts().summaries().getFirst().id()).interactions())
                .hasSize(interactions);
    }

    @Test
    void csvAndIcsExportsAreWrittenAndAnUnknownExtensionIsRefused() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        assertThat(services.exports().export(csv).what()).isEqualTo("11 contacts as a spreadsheet");
        assertThat(Files.readString(csv)).contains("Maya Chen");
        Path ics = dir.resolve("calendar.ics");
        services.exports().export(ics);
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
        assertThatThrownBy(() -> services.exports().export(dir.resolve("contacts.xlsx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".rapport.json, .vcf, .csv, .ics");
    }
}
