package app.rapport.ui.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.service.Services;
import app.rapport.ui.FormSave;
import app.rapport.ui.Names;
import app.rapport.ui.TaskRunner;

/**
 * Log (or edit) an interaction. Everything has a default — the contact on screen, a meeting in person,
 * today — so Ctrl+I then Enter is enough to record "we met today".
 */
public final class LogInteractionViewModel {

    private final Services services;
    private final TaskRunner tasks;
    private final Interaction original;
    private final List<ContactSummary> contacts;
    private final ObjectProperty<ContactSummary> contact = new SimpleObjectProperty<>();
    private final ObjectProperty<InteractionKind> kind = new SimpleObjectProperty<>(InteractionKind.IN_PERSON);
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** The others it was with: one dinner with three friends is one interaction. */
    private final ObservableList<ContactSummary> alsoWith = FXCollections.observableArrayList();

    /**
     * Reads who can be chosen off the FX thread, then hands {@code ready} the form: a new interaction with
     * {@code preselectedContactId} chosen (none when it is empty), or {@code editing} when that is not null.
     */
    public static void open(Services services, TaskRunner tasks, OptionalLong preselectedContactId,
                            Interaction editing, Consumer<LogInteractionViewModel> ready, Consumer<Throwable> failed) {
        tasks.read(LogInteractionViewModel.class, () -> Names.sortedByName(services.contacts().summaries().stream()
                .filter(c -> !c.archived()).toList(), ContactSummary::displayName),
                contacts -> {
                    LogInteractionViewModel model = new LogInteractionViewModel(services, tasks, contacts, editing);
                    preselectedContactId.ifPresent(id -> contacts.stream().filter(c -> c.id() == id).findFirst()
                            .ifPresent(model.contact::set));
                    ready.accept(model);
                }, failed);
    }

    /** Edits {@code interaction}, or logs a new one when it is null, with one of {@code contacts}. */
    LogInteractionViewModel(Services services, TaskRunner tasks, List<ContactSummary> contacts,
                            Interaction interaction) {
        this.services = services;
        this.tasks = tasks;
        this.original = interaction;
        this.contacts = contacts;
        on.set(services.today());
        if (interaction != null) {
            contacts.stream().filter(c -> c.id() == interaction.contactId()).findFirst().ifPresent(contact::set);
            interaction.others().forEach(other -> contacts.stream().filter(c -> c.id() == other).findFirst()
                    .ifPresent(alsoWith::add));
            kind.set(interaction.kind());
            on.set(interaction.on());
            notes.set(interaction.notes());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public List<ContactSummary> contacts() {
        return contacts;
    }

    /** Stores the interaction off the FX thread, then runs {@code onSaved}; what went wrong goes to the fields. */
    public void save(Runnable onSaved) {
        errors.clear();
        if (contact.get() == null) {
            errors.put("contact", alsoWith.isEmpty() ? "Choose who you spent the time with."
                    : "Choose the first person; the others are below.");
        }
        if (on.get() == null) {
            errors.put("on", "Pick the day it happened.");
        }
        if (!errors.isEmpty()) {
            return;
        }
        Interaction interaction = new Interaction(original == null ? null : original.id(), contact.get().id(),
                on.get(), kind.get(), notes.get(), alsoWith.stream().map(ContactSummary::id).toList());
        FormSave.run(tasks, errors, "interaction", () -> {
            if (isNew()) {
                services.interactions().log(interaction);
            } else {
                services.interactions().update(interaction);
            }
            return Boolean.TRUE;
        }, done -> onSaved.run(), () -> { });
    }

    /** Adds someone else it was with; the person chosen first, or someone already added, is not added twice. */
    public void addPerson(ContactSummary person) {
        if (person != null && alsoWith.stream().noneMatch(c -> c.id() == person.id())
                && (contact.get() == null || contact.get().id() != person.id())) {
            alsoWith.add(person);
        }
    }

    public void removePerson(ContactSummary person) {
        alsoWith.remove(person);
    }

    public ObservableList<ContactSummary> alsoWith() {
        return alsoWith;
    }

    public ObjectProperty<ContactSummary> contactProperty() {
        return contact;
    }

    public ObjectProperty<InteractionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
