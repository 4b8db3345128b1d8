package app.rapport.ui.followups;

import java.time.LocalDate;
import java.util.Comparator;
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

/** A follow-up the user writes: about whom, optionally where, what, and when. */
public final class ManualFollowUpViewModel {

    private final Services services;
    private final FollowUpItem original;
    private final List<ContactSummary> contacts;
    private final List<Platform> platforms;
    private final ObjectProperty<ContactSummary> contact = new SimpleObjectProperty<>();
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    ManualFollowUpViewModel(Services services, FollowUpItem original) {
        this.services = services;
        this.original = original;
        this.contacts = services.contacts().summaries().stream().filter(c -> !c.archived())
                .sorted(Comparator.comparing(ContactSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        this.platforms = services.rules().platforms().stream().filter(p -> !p.hidden()).toList();
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

    public boolean save() {
        errors.clear();
        if (contact.get() == null) {
            errors.put("contact", "Choose whom it is about.");
            return false;
        }
        return FormSave.run(errors, "follow-up", () -> {
            if (isNew()) {
                services.followUps().createManual(contact.get().id(),
                        platform.get() == null ? null : platform.get().id(), title.get(), message.get(), due.get());
            } else {
                services.followUps().editManual(original.followUp().id(), title.get(), message.get(), due.get());
            }
        });
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
