package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VTodo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.LinkState;
import app.rapport.domain.Relationship;

class CalendarExportServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();

    @Test
    void openFollowUpsBecomeTodosAndBirthdaysYearlyEvents() throws Exception {
        Contact ada = fixture.services.contacts().save(Contact.builder().displayName("Ada Lovelace")
                .givenName("Ada").familyName("Lovelace").category(Category.PROFESSIONAL)
                .relationship(Relationship.COLLEAGUE).birthday(LocalDate.of(1990, 12, 10)).build());
        fixture.services.links().changeState(ada.id(), "facebook", LinkState.REQUEST_RECEIVED);
        fixture.services.followUps().createManual(ada.id(), null, "Send Ada the slides", "", TODAY.plusDays(2));
        int open = fixture.services.followUps().open().size();
        assertThat(open).as("F2 for the Facebook request, and the manual one").isEqualTo(2);

        Path file = fixture.scratch().resolve("calendar.ics");
        CalendarExportService.Exported exported = fixture.services.calendar().export(file);

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
        assertThat(Files.list(fixture.scratch())).noneMatch(path -> path.toString().endsWith(".part"));
    }

    @Test
    void anUnwritableTargetFailsPlainlyAndLeavesNothing() {
        Path missingFolder = fixture.scratch().resolve("no-such-folder/calendar.ics");
        assertThatThrownBy(() -> fixture.services.calendar().export(missingFolder))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("Could not write");
        assertThat(missingFolder.getParent()).doesNotExist();
    }
}
