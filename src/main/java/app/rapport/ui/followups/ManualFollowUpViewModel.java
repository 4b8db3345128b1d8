package app.rapport.ui.followups;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import app.rapport.domain.ContactSummary;
import app.rapport.domain.Platform;
import app.rapport.service.FollowUpItem;
import app.rapport.service.Services;
import app.rapport.ui.FormSave;
import app.rapport.ui.Names;
import app.rapport.ui.TaskRunner;

/** A follow-up the user writes: about whom, optionally where, what, and when. */
public final class ManualFollowUpViewModel {

    private final Services services;
    private final TaskRunner tasks;
    private final FollowUpItem original;
    private final List<ContactSummary> contacts;
    private final List<Platform> platforms;
    private final ObjectProperty<ContactSummary> contact = new SimpleObjectProperty<>();
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    /** The people and platforms a follow-up can be about, read off the FX thread before the form opens. */
    record Choices(List<ContactSummary> contacts, List<Platform> platforms) {

        static Choices read(Services services) {
            return new Choices(Names.sortedByName(services.contacts().summaries().stream()
                    .filter(c -> !c.archived()).toList(), ContactSummary::displayName),
                    services.rules().platforms().stream().filter(p -> !p.hidden()).toList());
        }
    }

    ManualFollowUpViewModel(Services services, TaskRunner tasks, Choices choices, FollowUpItem original) {
        this.services = services;
        this.tasks = tasks;
        this.original = original;
        this.contacts = choices.contacts();
        this.platforms = choices.platforms();
        due.set(services.today().plusDays(1));
        if (original != null) {
            var followUp = original.followUp();
            contacts.stream().filter(c -> c.id() == followUp.contactId()).findFirst().ifPresent(contact::set);
            platforms.stream().filter(p -> p.id().equals(followUp.platformId())).findFirst().ifPresent(platform::set);
            title.set(followUp.title());
            message.set(followUp.message());
            due.set(followUp.due());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public List<ContactSummary> contacts() {
        return contacts;
    }

    public List<Platform> platforms() {
        return platforms;
    }

    /** Stores the follow-up off the FX thread, then runs {@code onSaved}; what went wrong goes to the fields. */
    public void save(Runnable onSaved) {
        errors.clear();
        if (contact.get() == null) {
            errors.put("contact", "Choose whom it is about.");
            return;
        }
        long contactId = contact.get().id();
        String platformId = platform.get() == null ? null : platform.get().id();
        String newTitle = title.get();
        String newMessage = message.get();
        LocalDate newDue = due.get();
        FormSave.run(tasks, errors, "follow-up", () -> {
            if (isNew()) {
                services.followUps().createManual(contactId, platformId, newTitle, newMessage, newDue);
            } else {
                services.followUps().editManual(original.followUp().id(), newTitle, newMessage, newDue);
            }
            return Boolean.TRUE;
        }, done -> onSaved.run(), () -> { });
    }

    public ObjectProperty<ContactSummary> contactProperty() {
        return contact;
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
