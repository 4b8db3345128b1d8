package app.rapport.ui.settings;

import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.rapport.domain.MessageTemplate;
import app.rapport.service.RulesService;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;

/** The message templates; each one is saved on its own, when the user asks. */
public final class TemplatesViewModel {

    private final RulesService rules;
    private final TaskRunner tasks;
    private final ObservableList<TemplateEditor> editors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    TemplatesViewModel(RulesService rules, TaskRunner tasks) {
        this.rules = rules;
        this.tasks = tasks;
    }

    void reload() {
        tasks.run(rules::templates, this::show, error -> problem.set(Problems.loadFailed("your settings", error)));
    }

    public void save(TemplateEditor editor) {
        String body = editor.bodyProperty().get();
        tasks.run(() -> {
            rules.saveTemplate(editor.id(), body);
            return body.strip();
        }, editor::saved, error -> editor.failed(Problems.saveFailed(error)));
    }

    private void show(List<MessageTemplate> templates) {
        problem.set("");
        List<String> ids = templates.stream().map(MessageTemplate::id).toList();
        if (!ids.equals(editors.stream().map(TemplateEditor::id).toList())) {
            editors.setAll(templates.stream().map(TemplateEditor::new).toList());
            return;
        }
        // Same templates as shown: refresh them in place, so a reload neither loses typing nor the caret.
        for (int i = 0; i < templates.size(); i++) {
            editors.get(i).refresh(templates.get(i));
        }
    }

    public ObservableList<TemplateEditor> editors() {
        return editors;
    }

    /** Why the templates could not be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
