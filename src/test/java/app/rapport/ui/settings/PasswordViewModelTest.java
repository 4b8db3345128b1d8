package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.service.Services;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.settings.PasswordViewModel.Change;

/** The password forms checked and run against a real fixture.store. */
class PasswordViewModelTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    PasswordViewModel model;
    final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void open() {
        Services services = fixture.services;
        model = new PasswordViewModel(services.passwords(), services.backups().folder(), TaskRunner.sameThread());
    }

    private void fill(String current, String next, String confirmation) {
        model.begin();
        model.currentProperty().set(current);
        model.nextProperty().set(next);
        model.confirmationProperty().set(confirmation);
    }

    @Test
    void aShortOrMistypedNewPasswordIsExplainedAndNothingChanges() {
        fill("", "short", "short");
        model.submit(Change.PROTECT, closed::incrementAndGet);
        assertThat(model.problemProperty().get()).isEqualTo("The new password needs at least 8 characters.");

        fill("", "correct horse", "correct hrose");
        model.submit(Change.PROTECT, closed::incrementAndGet);
        assertThat(model.problemProperty().get()).isEqualTo("The two new passwords are not the same. Type them again.");

        assertThat(closed).hasValue(0);
        assertThat(fixture.store.isProtected()).isFalse();
        assertThat(model.nextProperty().get()).as("both typed again").isEmpty();
    }

    @Test
    void protectChangeAndRemoveEachDoWhatTheySayAndCloseTheForm() {
        fill("", "correct horse", "correct horse");
        model.submit(Change.PROTECT, closed::incrementAndGet);
        assertThat(fixture.store.isProtected()).isTrue();
        assertThat(model.protectedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Your data and the backups in").contains("protected");
        assertThat(model.nextProperty().get()).as("no password is kept in the form").isEmpty();

        fill("wrong horse", "battery staple", "battery staple");
        model.submit(Change.CHANGE, closed::incrementAndGet);
        assertThat(model.problemProperty().get()).isEqualTo("That is not the current password. Nothing was changed.");

        fill("correct horse", "battery staple", "battery staple");
        model.submit(Change.CHANGE, closed::incrementAndGet);
        assertThat(model.statusProperty().get()).startsWith("The password is changed");

        fill("", "", "");
        model.submit(Change.REMOVE, closed::incrementAndGet);
        assertThat(model.problemProperty().get()).isEqualTo("Enter the current password.");

        fill("battery staple", "", "");
        model.submit(Change.REMOVE, closed::incrementAndGet);
        assertThat(fixture.store.isProtected()).isFalse();
        assertThat(model.protectedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("The password is removed");
        assertThat(closed).hasValue(3);
        assertThat(model.busyProperty().get()).isFalse();
    }
}
