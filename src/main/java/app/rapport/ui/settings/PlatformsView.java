package app.rapport.ui.settings;

import static app.rapport.ui.settings.SettingsParts.muted;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import app.rapport.domain.Sphere;

/** The platforms editor: one line per platform in the user's order, then a line to add one. */
final class PlatformsView extends VBox {

    /** The sphere pickers of all lines and of the add line stay in one column. */
    private static final double SPHERE_WIDTH = 150;
    private static final double TRAILING_WIDTH = 190;

    private final PlatformsViewModel model;
    private final VBox lines = new VBox(10);
    /** After a move the list is rebuilt; the focus goes back to the moved platform's arrow. */
    private String movedId;
    private int movedDirection;

    PlatformsView(PlatformsViewModel model) {
        super(12);
        this.model = model;
        getStyleClass().add("setting");
        Label problem = SettingsParts.error("platforms-problem", model.problemProperty());
        getChildren().addAll(problem, lines, new Separator(), addLine());
        model.rows().addListener((ListChangeListener<PlatformRow>) change -> showRows());
        showRows();
    }

    static Node explanation() {
        return muted("The sphere decides which rules apply: Professional like LinkedIn, Personal like Facebook, "
                + "Public to follow people you want to meet, Brand for a business page anyone may follow. A hidden "
                + "platform keeps its links but is no longer offered. Renames are saved when you press Enter or "
                + "leave the field.");
    }

    private void showRows() {
        lines.getChildren().setAll(model.rows().stream().map(this::line).toList());
        if (movedId != null) {
            String id = movedId;
            movedId = null;
            model.rows().stream().filter(row -> row.id().equals(id)).findFirst().ifPresent(this::focusArrow);
        }
    }

    private void focusArrow(PlatformRow row) {
        boolean up = movedDirection < 0 ? row.canMoveUp() : !row.canMoveDown();
        lookup("#platform-" + (up ? "up-" : "down-") + row.id()).requestFocus();
    }

    private Node line(PlatformRow row) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(row.nameProperty());
        name.setId("platform-name-" + row.id());
        name.setAccessibleText("Platform name");
        name.setOnAction(event -> model.rename(row));
        name.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.rename(row);
            }
        });
        name.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                row.revertName();
                event.consume();
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);

        ComboBox<Sphere> sphere = spherePicker();
        sphere.valueProperty().bindBidirectional(row.sphereProperty());
        sphere.setId("platform-sphere-" + row.id());
        sphere.accessibleTextProperty().bind(Bindings.concat("Sphere of ", row.nameProperty()));

        CheckBox hidden = new CheckBox("Hidden");
        hidden.selectedProperty().bindBidirectional(row.hiddenProperty());
        hidden.setId("platform-hidden-" + row.id());
        hidden.accessibleTextProperty().bind(Bindings.concat("Hide ", row.nameProperty()));

        Button up = arrow(row, -1, Feather.ARROW_UP, "up");
        up.setDisable(!row.canMoveUp());
        Button down = arrow(row, 1, Feather.ARROW_DOWN, "down");
        down.setDisable(!row.canMoveDown());
        HBox trailing = new HBox(4, hidden, spacer(), up, down);
        trailing.setAlignment(Pos.CENTER_LEFT);
        trailing.setMinWidth(TRAILING_WIDTH);
        trailing.setPrefWidth(TRAILING_WIDTH);

        HBox controls = new HBox(10, name, sphere, trailing);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label error = SettingsParts.error("error-platform-" + row.id(), row.errorProperty());
        SettingsParts.markWhileShown(name, error);
        return new VBox(4, controls, error);
    }

    private Button arrow(PlatformRow row, int direction, Feather icon, String word) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setId("platform-" + word + "-" + row.id());
        StringExpression text = Bindings.concat("Move ", row.nameProperty(), " " + word);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(text);
        button.setOnAction(event -> {
            movedId = row.id();
            movedDirection = direction;
            model.move(row, direction);
        });
        return button;
    }

    private Node addLine() {
        Label title = new Label("Add a platform");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.newNameProperty());
        name.setPromptText("Name, e.g. Bluesky or WhatsApp");
        name.setId("new-platform-name");
        name.setOnAction(event -> model.add());
        title.setLabelFor(name);
        HBox.setHgrow(name, Priority.ALWAYS);

        ComboBox<Sphere> sphere = spherePicker();
        sphere.valueProperty().bindBidirectional(model.newSphereProperty());
        sphere.setId("new-platform-sphere");
        sphere.setAccessibleText("Sphere of the new platform");

        Button add = new Button("Add platform", new FontIcon(Feather.PLUS));
        add.setId("add-platform");
        add.setOnAction(event -> model.add());
        HBox trailing = new HBox(add);
        trailing.setMinWidth(TRAILING_WIDTH);
        trailing.setPrefWidth(TRAILING_WIDTH);

        HBox controls = new HBox(10, name, sphere, trailing);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label error = SettingsParts.error("error-new-platform", model.addErrorProperty());
        SettingsParts.markWhileShown(name, error);
        return new VBox(6, title, controls, error);
    }

    private static ComboBox<Sphere> spherePicker() {
        ComboBox<Sphere> picker = new ComboBox<>();
        picker.getItems().setAll(Sphere.values());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sphere sphere) {
                return sphere == null ? "" : sphere.label();
            }

            @Override
            public Sphere fromString(String text) {
                throw new UnsupportedOperationException("Chosen from a list, never typed");
            }
        });
        picker.setMinWidth(SPHERE_WIDTH);
        picker.setPrefWidth(SPHERE_WIDTH);
        return picker;
    }

    private static Node spacer() {
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
