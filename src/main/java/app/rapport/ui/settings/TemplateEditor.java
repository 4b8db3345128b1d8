package app.rapport.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import app.rapport.domain.MessageTemplate;

/** One message template being edited: the text in the editor, and the text as stored to tell whether to save. */
public final class TemplateEditor {

    private final String id;
    private final String name;
    private final StringProperty body;
    private final ReadOnlyStringWrapper stored;
    private final BooleanBinding changed;
    private final BooleanProperty justSaved = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding status;

    TemplateEditor(MessageTemplate template) {
        this.id = template.id();
        this.name = template.name();
        this.body = new SimpleStringProperty(template.body());
        this.stored = new ReadOnlyStringWrapper(template.body());
        this.changed = Bindings.createBooleanBinding(() -> !body.get().strip().equals(stored.get()), body, stored);
        this.status = Bindings.createStringBinding(() -> changed.get() ? "Not saved yet"
                : justSaved.get() ? "Saved." : "", changed, justSaved);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Takes the stored text, keeping what the user typed if it was not saved yet. */
    void refresh(MessageTemplate template) {
        boolean keepTyped = changed.get();
        stored.set(template.body());
        if (!keepTyped) {
            body.set(template.body());
        }
    }

    void saved(String savedBody) {
        stored.set(savedBody);
        // The store keeps the text without surrounding blanks; show that, unless the user typed on meanwhile.
        if (body.get().strip().equals(savedBody)) {
            body.set(savedBody);
        }
        justSaved.set(true);
        error.set("");
    }

    void failed(String message) {
        error.set(message);
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public BooleanBinding changedProperty() {
        return changed;
    }

    /** "Not saved yet", "Saved." or nothing. */
    public StringBinding statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
