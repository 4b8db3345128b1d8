package app.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.YearlyDate;
import app.rapport.service.Services;
import app.rapport.store.Store;
import app.rapport.ui.TaskRunner;

/** The contact form's birthday: typed as a full date or, as phones allow, without a year; stored as typed. */
class ContactFormBirthdayTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Store store;
    Services services;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        services = Services.over(store, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "\"{0}\" is saved as {1} and shown as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "May 14         | --05-14    | May 14",
            "--05-14        | --05-14    | May 14",
            "14 May 1990    | 1990-05-14 | 'May 14, 1990'",
            "1990-05-14     | 1990-05-14 | 'May 14, 1990'",
            "''             |            | ''"})
    void aBirthdayIsTypedWithOrWithoutItsYear(String typed, String stored, String shownAgain) {
        ContactFormViewModel form = new ContactFormViewModel(services.contacts(), TaskRunner.sameThread());
        form.displayNameProperty().set("Ana Lima");
        form.birthdayProperty().set(typed);

        assertThat(saved(form)).as("saved; errors: %s", form.errors()).isTrue();

        Contact saved = services.contacts().get(form.saved().orElseThrow().id());
        assertThat(saved.birthday()).isEqualTo(stored == null ? null : YearlyDate.parse(stored));
        assertThat(new ContactFormViewModel(services.contacts(), TaskRunner.sameThread(), saved).birthdayProperty().get())
                .isEqualTo(shownAgain);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"next Tuesday", "February 30", "2030-01-01"})
    void somethingThatIsNoBirthdayIsRefusedOnTheBirthdayField(String typed) {
        ContactFormViewModel form = new ContactFormViewModel(services.contacts(), TaskRunner.sameThread());
        form.displayNameProperty().set("Ana Lima");
        form.birthdayProperty().set(typed);

        assertThat(saved(form)).isFalse();
        assertThat(form.errors()).containsOnlyKeys("birthday");
        assertThat(form.birthdayProperty().get()).as("what was typed stays").isEqualTo(typed);
    }

    @Test
    void editingAContactKeepsItsImportantDates() {
        String label = "Anniversary";
        Contact stored = services.contacts().save(Contact.builder().displayName("Ana Lima")
                .importantDates(List.of(new ImportantDate(label, YearlyDate.of(6, 9)))).build());

        ContactFormViewModel form = new ContactFormViewModel(services.contacts(), TaskRunner.sameThread(), stored);
        form.birthdayProperty().set("May 14");
        assertThat(saved(form)).isTrue();

        assertThat(services.contacts().get(stored.id()).importantDates())
                .containsExactly(new ImportantDate(label, YearlyDate.of(6, 9)));
    }

    /** Saves as the form's Save button does; true when the form would close. */
    private static boolean saved(ContactFormViewModel form) {
        boolean[] closed = {false};
        form.save(() -> closed[0] = true, () -> { });
        return closed[0];
    }
}
