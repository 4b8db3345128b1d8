package app.rapport.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.Settings;
import app.rapport.domain.Worlds;
import app.rapport.service.RulesService;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/**
 * The user's name and the rule settings. Every change is saved at once; a failed save is reported under the
 * setting that caused it, keyed as in {@link #errors()}.
 */
public final class RuleSettingsViewModel {

    public static final int MAX_DAYS = 365;
    public static final int MAX_STRONG_INTERACTIONS = 20;

    static final String MY_NAME = "my-name";
    static final String WORLDS = "worlds";
    static final String LINKEDIN_STYLE = "linkedin-style";
    static final String JOB_SEEKING = "job-seeking";
    static final String GET_TO_KNOW_DAYS = "get-to-know-days";
    static final String STRONG_INTERACTIONS = "strong-interactions";
    static final String REPLY_WINDOW_DAYS = "reply-window-days";
    static final String NO_ANSWER_DAYS = "no-answer-days";

    private final RulesService rules;
    private final TaskRunner tasks;

    private final StringProperty myName = new SimpleStringProperty("");
    private final ObjectProperty<Worlds> worlds = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkedInStyle> linkedInStyle = new SimpleObjectProperty<>();
    private final BooleanProperty jobSeeking = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> getToKnowDays = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> strongInteractionsNeeded = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> replyWindowDays = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> noAnswerDays = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** True while values read from the store are shown, so showing them does not write them back. */
    private boolean showingStored;

    RuleSettingsViewModel(RulesService rules, TaskRunner tasks) {
        this.rules = rules;
        this.tasks = tasks;
        show(Settings.defaults(), "");
        myName.addListener((obs, old, now) -> {
            if (!showingStored) {
                saveMyName(now);
            }
        });
        saveOnChange(worlds, WORLDS);
        saveOnChange(linkedInStyle, LINKEDIN_STYLE);
        saveOnChange(jobSeeking, JOB_SEEKING);
        saveOnChange(getToKnowDays, GET_TO_KNOW_DAYS);
        saveOnChange(strongInteractionsNeeded, STRONG_INTERACTIONS);
        saveOnChange(replyWindowDays, REPLY_WINDOW_DAYS);
        saveOnChange(noAnswerDays, NO_ANSWER_DAYS);
    }

    void reload() {
        tasks.run(() -> new Stored(rules.settings(), rules.myName()), stored -> {
            problem.set("");
            errors.clear();
            show(stored.settings(), stored.myName());
        }, error -> problem.set(Problems.loadFailed("your settings", error)));
    }

    private void show(Settings settings, String name) {
        showingStored = true;
        try {
            myName.set(name);
            worlds.set(settings.worlds());
            linkedInStyle.set(settings.linkedInStyle());
            jobSeeking.set(settings.jobSeeking());
            getToKnowDays.set(settings.getToKnowDays());
            strongInteractionsNeeded.set(settings.strongInteractionsNeeded());
            replyWindowDays.set(settings.replyWindowDays());
            noAnswerDays.set(settings.noAnswerDays());
        } finally {
            showingStored = false;
        }
    }

    private void saveOnChange(ObservableValue<?> setting, String key) {
        setting.addListener((obs, old, now) -> {
            if (!showingStored) {
                save(key);
            }
        });
    }

    private void save(String key) {
        Settings wanted = new Settings(worlds.get(), linkedInStyle.get(), jobSeeking.get(), getToKnowDays.get(),
                strongInteractionsNeeded.get(), replyWindowDays.get(), noAnswerDays.get());
        tasks.run(() -> {
            rules.saveSettings(wanted);
            return wanted;
        }, saved -> errors.remove(key), error -> errors.put(key, Problems.saveFailed(error)));
    }

    private void saveMyName(String name) {
        tasks.run(() -> {
            rules.saveMyName(name);
            return name;
        }, saved -> errors.remove(MY_NAME), error -> errors.put(MY_NAME, Problems.saveFailed(error)));
    }

    /** Problems saving one setting, by key ({@link #WORLDS}, {@link #GET_TO_KNOW_DAYS} ...), in words. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Why the stored settings could not be read, or empty. */
    /** A problem of the page that is not about one rule, shown at its top (a theme that could not be saved). */
    void failed(String message) {
        problem.set(message);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty myNameProperty() {
        return myName;
    }

    public ObjectProperty<Worlds> worldsProperty() {
        return worlds;
    }

    public ObjectProperty<LinkedInStyle> linkedInStyleProperty() {
        return linkedInStyle;
    }

    public BooleanProperty jobSeekingProperty() {
        return jobSeeking;
    }

    public ObjectProperty<Integer> getToKnowDaysProperty() {
        return getToKnowDays;
    }

    public ObjectProperty<Integer> strongInteractionsNeededProperty() {
        return strongInteractionsNeeded;
    }

    public ObjectProperty<Integer> replyWindowDaysProperty() {
        return replyWindowDays;
    }

    public ObjectProperty<Integer> noAnswerDaysProperty() {
        return noAnswerDays;
    }

    private record Stored(Settings settings, String myName) {
    }
}
