package app.rapport.ui.contacts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.YearlyDate;
import app.rapport.domain.Relationship;
import app.rapport.service.ContactService;
import app.rapport.ui.FormSave;
import app.rapport.ui.TaskRunner;

/**
 * The create/edit form. Lists are edited as text (one email or phone per line, tags separated by commas)
 * because that is the quickest to type; the domain rules decide what is valid.
 */
public final class ContactFormViewModel {

    private static final Pattern LINES = Pattern.compile("\\R");
    private static final Pattern COMMAS = Pattern.compile(",");

    private final ContactService contacts;
    private final TaskRunner tasks;
    private final Contact original;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty givenName = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(Category.UNDECIDED);
    private final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>(Relationship.OTHER);
    private final StringProperty emails = new SimpleStringProperty("");
    private final StringProperty phones = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty howWeMet = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> metOn = new SimpleObjectProperty<>();
    private final StringProperty vouchForThem = new SimpleStringProperty("");
    private final StringProperty vouchForMe = new SimpleStringProperty("");
    private final BooleanProperty keepInTouch = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> keepInTouchWeeks = new SimpleObjectProperty<>(6);
    // Typed, so that a birthday without a year ("May 14", "--05-14") can be entered as well as a full date.
    private final StringProperty birthday = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Contact saved;

    /** A form for a new contact. */
    public ContactFormViewModel(ContactService contacts, TaskRunner tasks) {
        this(contacts, tasks, null);
    }

    /** A form editing {@code contact}, or a new one when it is null. */
    public ContactFormViewModel(ContactService contacts, TaskRunner tasks, Contact contact) {
        this.contacts = contacts;
        this.tasks = tasks;
        this.original = contact;
        if (contact != null) {
            displayName.set(contact.displayName());
            givenName.set(contact.givenName());
            familyName.set(contact.familyName());
            organization.set(contact.organization());
            role.set(contact.role());
            category.set(contact.category());
            relationship.set(contact.relationship());
            emails.set(String.join("\n", contact.emails()));
            phones.set(String.join("\n", contact.phones()));
            tags.set(String.join(", ", contact.tags()));
            howWeMet.set(contact.howWeMet());
            metOn.set(contact.metOn());
            vouchForThem.set(contact.vouchForThem());
            vouchForMe.set(contact.vouchForMe());
            keepInTouch.set(contact.keepInTouchWeeks() != null);
            if (contact.keepInTouchWeeks() != null) {
                keepInTouchWeeks.set(contact.keepInTouchWeeks());
            }
            birthday.set(contact.birthday() == null ? "" : contact.birthday().display());
            notes.set(contact.notes());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public String title() {
        return isNew() ? "New contact" : "Edit " + original.displayName();
    }

    /**
     * Stores the form off the FX thread, then runs {@code onSaved}; when it cannot, fills {@link #errors()} and runs
     * {@code onFailed}, and the form keeps what the user typed.
     */
    public void save(Runnable onSaved, Runnable onFailed) {
        errors.clear();
        Contact contact;
        try {
            contact = toContact();
        } catch (DateTimeException notADate) {
            errors.put("birthday", notADate.getMessage());
            onFailed.run();
            return;
        }
        FormSave.run(tasks, errors, "contact", () -> contacts.save(contact), stored -> {
            saved = stored;
            onSaved.run();
        }, onFailed);
    }

    public Optional<Contact> saved() {
        return Optional.ofNullable(saved);
    }

    Contact toContact() {
        return Contact.builder()
                .id(original == null ? null : original.id())
                .displayName(displayName.get())
                .givenName(givenName.get())
                .familyName(familyName.get())
                .organization(organization.get())
                .role(role.get())
                .category(category.get())
                .relationship(relationship.get())
                .emails(split(emails.get(), LINES))
                .phones(split(phones.get(), LINES))
                .tags(split(tags.get(), COMMAS))
                .notes(notes.get())
                .howWeMet(howWeMet.get())
                .metOn(metOn.get())
                .addedOn(original == null ? null : original.addedOn())
                .vouchForThem(vouchForThem.get())
                .vouchForMe(vouchForMe.get())
                .keepInTouchWeeks(keepInTouch.get() ? keepInTouchWeeks.get() : null)
                .birthday(birthday())
                .archived(original != null && original.archived())
                .importantDates(original == null ? List.of() : original.importantDates())
                .build();
    }

    /** The birthday typed, or null when the field is empty; throws when it is not a date. */
    private YearlyDate birthday() {
        String text = birthday.get() == null ? "" : birthday.get().strip();
        return text.isEmpty() ? null : YearlyDate.parse(text);
    }

    private static List<String> split(String text, Pattern separator) {
        return Arrays.stream(separator.split(text == null ? "" : text))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Relationship> relationshipProperty() {
        return relationship;
    }

    public StringProperty emailsProperty() {
        return emails;
    }

    public StringProperty phonesProperty() {
        return phones;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty howWeMetProperty() {
        return howWeMet;
    }

    public ObjectProperty<LocalDate> metOnProperty() {
        return metOn;
    }

    public StringProperty vouchForThemProperty() {
        return vouchForThem;
    }

    public StringProperty vouchForMeProperty() {
        return vouchForMe;
    }

    public BooleanProperty keepInTouchProperty() {
        return keepInTouch;
    }

    public ObjectProperty<Integer> keepInTouchWeeksProperty() {
        return keepInTouchWeeks;
    }

    /** "May 14, 1990", "1990-05-14", or without a year "May 14", "--05-14". */
    public StringProperty birthdayProperty() {
        return birthday;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
