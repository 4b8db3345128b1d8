package app.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Settings;
import app.rapport.domain.Worlds;
import app.rapport.service.RulesService;
import app.rapport.service.ServiceFixture;
import app.rapport.ui.TaskRunner;

/** The settings view models on a real fixture.store, without a window. */
class SettingsViewModelTest {

    @RegisterExtension
    final ServiceFixture fixture = ServiceFixture.today();
    RulesService rules;
    final AtomicInteger tasksRun = new AtomicInteger();
    final TaskRunner counting = new TaskRunner() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            tasksRun.incrementAndGet();
            TaskRunner.sameThread().run(work, onSuccess, onFailure);
        }
    };

    @BeforeEach
    void open() {
        rules = new RulesService(fixture.store, fixture.clock());
    }

    @Test
    void reloadShowsWhatIsStoredWithoutWritingItBack() {
        rules.saveSettings(new Settings(Worlds.BLEND, LinkedInStyle.OPEN, true, 10, 1, 3, 45));
        rules.saveMyName("Sam Taylor");
        RuleSettingsViewModel model = new RuleSettingsViewModel(rules, counting);

        model.reload();

        assertThat(tasksRun).as("only the read").hasValue(1);
        assertThat(model.myNameProperty().get()).isEqualTo("Sam Taylor");
        assertThat(model.worldsProperty().get()).isEqualTo(Worlds.BLEND);
        assertThat(model.linkedInStyleProperty().get()).isEqualTo(LinkedInStyle.OPEN);
        assertThat(model.jobSeekingProperty().get()).isTrue();
        assertThat(model.getToKnowDaysProperty().get()).isEqualTo(10);
        assertThat(model.strongInteractionsNeededProperty().get()).isEqualTo(1);
        assertThat(model.replyWindowDaysProperty().get()).isEqualTo(3);
        assertThat(model.noAnswerDaysProperty().get()).isEqualTo(45);
    }

    @Test
    void aChangeIsSavedAtOnceAndAFailedSaveIsReportedUnderThatSetting() {
        RuleSettingsViewModel model = new RuleSettingsViewModel(rules, counting);
        model.reload();
        model.replyWindowDaysProperty().set(5);
        assertThat(rules.settings().replyWindowDays()).isEqualTo(5);

        fixture.store.close();
        model.noAnswerDaysProperty().set(60);
        assertThat(model.errors()).containsOnlyKeys(RuleSettingsViewModel.NO_ANSWER_DAYS);
        assertThat(model.errors().get(RuleSettingsViewModel.NO_ANSWER_DAYS)).endsWith("Nothing was changed.");
    }

    @Test
    void reloadKeepsTemplateTextThatWasNotSavedYet() {
        TemplatesViewModel model = new TemplatesViewModel(rules, counting);
        model.reload();
        TemplateEditor note = model.editors().getFirst();
        TemplateEditor coffee = model.editors().get(1);
        note.bodyProperty().set("Typed, not saved");
        rules.saveTemplate(MessageTemplate.COFFEE_INVITATION, "Changed elsewhere");

        model.reload();

        assertThat(model.editors()).first().isSameAs(note);
        assertThat(note.bodyProperty().get()).isEqualTo("Typed, not saved");
        assertThat(note.statusProperty().get()).isEqualTo("Not saved yet");
        assertThat(coffee.bodyProperty().get()).isEqualTo("Changed elsewhere");
        assertThat(coffee.changedProperty().get()).isFalse();
    }
}
