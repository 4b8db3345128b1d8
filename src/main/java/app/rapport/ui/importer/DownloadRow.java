package app.rapport.ui.importer;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import app.rapport.service.DownloadLines;
import app.rapport.service.DownloadPlan;

/** An ambiguous or unmatched person, and whom the user says they are. */
public final class DownloadRow {
    private final DownloadPlan.Person person;
    private final List<DownloadImportViewModel.Choice> candidates;
    private final ObjectProperty<DownloadImportViewModel.Choice> chosen = new SimpleObjectProperty<>(DownloadImportViewModel.Choice.SKIP);

    DownloadRow(DownloadPlan.Person person) {
        this.person = person;
        List<DownloadImportViewModel.Choice> choices = new ArrayList<>();
        choices.add(DownloadImportViewModel.Choice.SKIP);
        person.candidates().forEach(c -> choices.add(new DownloadImportViewModel.Choice(c.contactId(), c.displayName())));
        this.candidates = List.copyOf(choices);
    }

    public DownloadPlan.Person person() {
        return person;
    }

    public boolean ambiguous() {
        return person.match() == DownloadPlan.Match.AMBIGUOUS;
    }

    /** The candidates for an ambiguous row; for an unmatched one the view searches all contacts. */
    public List<DownloadImportViewModel.Choice> candidates() {
        return candidates;
    }

    public ObjectProperty<DownloadImportViewModel.Choice> chosenProperty() {
        return chosen;
    }

    public String describe() {
        String what = person.platform().sourceName() + ": " + person.shown();
        if (ambiguous()) {
            return what + " \u2014 " + person.candidates().size() + " contacts match";
        }
        String visits = DownloadLines.visits(person.visits());
        return what + (visits.isEmpty() ? "" : " \u2014 " + visits)
                + (person.state().isPresent() ? " \u2014 " + person.state().get().state().label() : "");
    }
}
