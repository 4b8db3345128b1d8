package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VTodo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;
import app.rapport.store.Store;

class CalendarExportServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void openFollowUpsBecomeTodosAndBirthdaysYearlyEvents() throws Exception {
        Contact ada = services.contacts().save(new Contact(null, "Ada Lovelace", "Ada", "Lovelace", "", "",
                Category.PROFESSIONAL, Relationship.COLLEAGUE, List.of(), List.of(), List.of(), "", "", null, null,
                "", "", null, LocalDate.of(1990, 12, 10), false));
        services.links().changeState(ada.id(), "facebook", LinkState.REQUEST_RECEIVED);
        services.followUps().createManual(ada.id(), null, "Send Ada the slides", "", TODAY.plusDays(2));
        int open = services.followUps().open().size();
        assertThat(open).as("F2 for the Facebook request, and the manual one").isEqualTo(2);

        Path file = dir.resolve("calendar.ics");
        CalendarExportService.Exported exported = services.calendar().export(file);

        assertThat(exported).isEqualTo(new CalendarExportService.Exported(2, 1, 0));
        ICalendar calendar = Biweekly.parse(Files.readString(file)).first();
        assertThat(calendar.getTodos()).extracting(todo -> todo.getSummary().getValue())
                .containsExactlyInAnyOrder("Answer Ada Lovelace in person or by phone about their Facebook request",
                        "Send Ada the slides");
        VTodo slides = calendar.getTodos().stream()
                .filter(todo -> todo.getSummary().getValue().startsWith("Send")).findFirst().orElseThrow();
        assertThat(slides.getDateDue().getValue().hasTime()).isFalse();
        assertThat(slides.getAlarms()).hasSize(1);
        assertThat(calendar.getEvents()).singleElement()
                .satisfies(event -> assertThat(event.getSummary().getValue()).isEqualTo("Birthday: Ada Lovelace"));
        assertThat(Files.list(dir)).noneMatch(path -> path.toString().endsWith(".part"));
    }

    @Test
    void anUnwritableTargetFailsPlainlyAndLeavesNothing() {
        Path missingFolder = dir.resolve("no-such-folder/calendar.ics");
        assertThatThrownBy(() -> services.calendar().export(missingFolder))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("Could not write");
        assertThat(missingFolder.getParent()).doesNotExist();
    }
}
