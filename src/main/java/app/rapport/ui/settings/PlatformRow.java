package app.rapport.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import app.rapport.domain.Platform;
import app.rapport.domain.Sphere;

/** One platform in the editor: what the controls show, and the name as last stored to compare a rename with. */
public final class PlatformRow {

    private final String id;
    private final boolean first;
    private final boolean last;
    private String storedName;
    private final StringProperty name;
    private final ObjectProperty<Sphere> sphere;
    private final BooleanProperty hidden;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    PlatformRow(Platform platform, boolean first, boolean last) {
        this.id = platform.id();
        this.first = first;
        this.last = last;
        this.storedName = platform.name();
        this.name = new SimpleStringProperty(platform.name());
        this.sphere = new SimpleObjectProperty<>(platform.sphere());
        this.hidden = new SimpleBooleanProperty(platform.hidden());
    }

    public String id() {
        return id;
    }

    public boolean canMoveUp() {
        return !first;
    }

    public boolean canMoveDown() {
        return !last;
    }

    /** The name as stored, which the editor may be showing a changed version of. */
    public String storedName() {
        return storedName;
    }

    /** Puts the stored name back in the field, dropping a rename that was typed but not accepted. */
    public void revertName() {
        name.set(storedName);
        error.set("");
    }

    void stored(Platform platform) {
        storedName = platform.name();
        name.set(platform.name());
        error.set("");
    }

    void failed(String message) {
        error.set(message);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Sphere> sphereProperty() {
        return sphere;
    }

    public BooleanProperty hiddenProperty() {
        return hidden;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
