package app.rapport.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.rapport.domain.ContactSummary;
import app.rapport.interchange.ImportException;
import app.rapport.interchange.download.Download;
import app.rapport.service.ContactService;
import app.rapport.service.DownloadImportService;
import app.rapport.service.DownloadLines;
import app.rapport.service.DownloadPlan;
import app.rapport.service.PreferenceService;
import app.rapport.service.WorkCancelledException;
import app.rapport.ui.DialogService;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.WorkWatch;

/**
 * The wizard's path for platform downloads and calendars: choose or drop them, read them (nothing is written),
 * mark which calendar addresses are the user's own, settle ambiguous and unmatched people, import in one
 * transaction with progress and Cancel, and undo the whole import from the summary.
 */
public final class DownloadImportViewModel {

    public enum Step { CHOOSE, READING, PREVIEW, IMPORTING, DONE }

    /** A contact to pick; {@code id} null is "skip this row". */
    public record Choice(Long id, String name) {
        public static final Choice SKIP = new Choice(null, "Skip");

        @Override
        public String toString() {
            return name;
        }
    }

    /** One calendar address found, and whether it is the user's own. */
    public static final class Address {
        private final String address;
        private final BooleanProperty mine = new SimpleBooleanProperty();

        Address(String address, boolean mine) {
            this.address = address;
            this.mine.set(mine);
        }

        public String address() {
            return address;
        }

        public BooleanProperty mineProperty() {
            return mine;
        }
    }

    private final DownloadImportService downloads;
    private final PreferenceService preferences;
    private final ContactService contacts;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<Address> addresses = FXCollections.observableArrayList();
    private final ObservableList<DownloadRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> countLines = FXCollections.observableArrayList();
    private final ObservableList<Choice> everyone = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> resultLines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper undoing = new ReadOnlyBooleanWrapper();
    private final WorkWatch watch;
    private Download download;
    private DownloadPlan plan;
    private DownloadImportService.Result result;
    private boolean changed;

    public DownloadImportViewModel(DownloadImportService downloads, PreferenceService preferences,
            ContactService contacts, TaskRunner tasks) {
        this(downloads, preferences, contacts, tasks, new WorkWatch("people"));
    }

    /** {@code watch} is how a test holds the import at a step, to press Cancel while it runs. */
    DownloadImportViewModel(DownloadImportService downloads, PreferenceService preferences, ContactService contacts,
            TaskRunner tasks, WorkWatch watch) {
        this.downloads = downloads;
        this.preferences = preferences;
        this.contacts = contacts;
        this.tasks = tasks;
        this.watch = watch;
    }

    private record Read(Download download, Set<String> own, DownloadPlan plan, List<ContactSummary> contacts) {
    }

    /** Asks which downloads (zips, JSON, CSV, calendars), then reads them. */
    public void chooseFiles(DialogService dialogs) {
        read(dialogs.chooseFilesToOpen("Choose downloads to import", List.of(
                new DialogService.FileType("Downloads", "*.zip", "*.json", "*.csv", "*.ics"),
                new DialogService.FileType("All files", "*.*"))));
    }

    /** Asks for an unzipped download's folder, then reads it. */
    public void chooseFolder(DialogService dialogs) {
        dialogs.chooseFolder("Choose an unzipped download").ifPresent(folder -> read(List.of(folder)));
    }

    /** Reads the downloads and plans the import; the store is only read. */
    public void read(List<Path> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        files.setAll(chosen);
        problem.set("");
        step.set(Step.READING);
        tasks.run(() -> {
            Download read;
            try {
                read = downloads.read(chosen);
            } catch (ImportException e) {
                throw new UnreadableDownload(e.getMessage());
            }
            Set<String> own = rememberedOwnAddresses();
            if (own.stream().noneMatch(DownloadImportService.calendarAddresses(read)::contains)) {
                own = new LinkedHashSet<>(own);
                own.addAll(DownloadImportService.likelyOwnAddresses(read));
            }
            return new Read(read, own, downloads.plan(read, own), contacts.summaries());
        }, read -> {
            download = read.download();
            addresses.setAll(DownloadImportService.calendarAddresses(read.download()).stream()
                    .map(address -> new Address(address, read.own().contains(address))).toList());
            addresses.forEach(address -> address.mineProperty().addListener((obs, was, mine) -> replan()));
            everyone.setAll(read.contacts().stream().map(c -> new Choice(c.id(), c.displayName())).toList());
            showPlan(read.plan());
            step.set(Step.PREVIEW);
        }, error -> {
            problem.set(error instanceof UnreadableDownload ? error.getMessage()
                    : "The download could not be read: " + error.getMessage());
            step.set(Step.CHOOSE);
        });
    }

    private Set<String> rememberedOwnAddresses() {
        return preferences.get(DownloadImportService.OWN_ADDRESSES)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(LinkedHashSet::new);
    }

    /** The user's own addresses changed: remember them and plan again (attendees who are the user drop out). */
    private void replan() {
        Set<String> own = addresses.stream().filter(a -> a.mineProperty().get()).map(Address::address)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Download current = download;
        List<String> found = addresses.stream().map(Address::address).toList();
        tasks.run(() -> {
            Set<String> remembered = rememberedOwnAddresses();
            found.forEach(remembered::remove);
            remembered.addAll(own);
            preferences.put(DownloadImportService.OWN_ADDRESSES, String.join(",", remembered));
            return downloads.plan(current, own);
        }, this::showPlan, error -> problem.set("Planning failed: " + error.getMessage()));
    }

    private void showPlan(DownloadPlan newPlan) {
        Map<String, Choice> before = new HashMap<>();
        rows.forEach(row -> before.put(row.person().platform() + "|" + row.person().shown(), row.chosenProperty().get()));
        plan = newPlan;
        List<DownloadRow> settled = new ArrayList<>();
        for (DownloadPlan.Person person : newPlan.people()) {
            if (!person.settled()) {
                DownloadRow row = new DownloadRow(person);
                row.chosenProperty().set(before.getOrDefault(person.platform() + "|" + person.shown(), Choice.SKIP));
                row.chosenProperty().addListener((obs, old, now) -> recount());
                settled.add(row);
            }
        }
        rows.setAll(settled);
        recount();
    }

    private Map<Integer, Long> chosen() {
        Map<Integer, Long> chosen = new HashMap<>();
        rows.forEach(row -> {
            Choice choice = row.chosenProperty().get();
            if (choice != null && choice.id() != null) {
                chosen.put(row.person().id(), choice.id());
            }
        });
        return chosen;
    }

    private void recount() {
        List<String> lines = new ArrayList<>();
        plan.counts(chosen()).forEach((platform, counts) -> lines.add(DownloadLines.preview(platform, counts)));
        countLines.setAll(lines);
    }

    /** Contacts whose name contains the text, accents and case ignored, for linking an unmatched row. */
    public List<Choice> search(String text) {
        String wanted = fold(text);
        List<Choice> found = new ArrayList<>();
        found.add(Choice.SKIP);
        everyone.stream().filter(c -> wanted.isEmpty() || fold(c.name()).contains(wanted)).limit(50)
                .forEach(found::add);
        return found;
    }

    /** Whom Enter in a row's search field links it to: the first contact found, if the search found any. */
    public Optional<Choice> firstFound(String text) {
        return text == null || text.isBlank() ? Optional.empty() : search(text).stream().skip(1).findFirst();
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).strip();
    }

    public void start() {
        DownloadPlan toApply = plan;
        if (toApply == null) {
            return;
        }
        Map<Integer, Long> chosen = chosen();
        watch.start();
        step.set(Step.IMPORTING);
        tasks.run(() -> downloads.apply(toApply, chosen, watch), done -> {
            result = done;
            changed = true;
            canUndo.set(true);
            outcome.set("Import finished");
            summary.set("Imported. Link states and request-ledger entries carry the downloads' dates, not today's.");
            resultLines.setAll(done.platforms().entrySet().stream()
                    .map(landed -> DownloadLines.landed(landed.getKey(), landed.getValue())).toList());
            step.set(Step.DONE);
        }, error -> {
            outcome.set(error instanceof WorkCancelledException ? "Import cancelled" : "Import failed");
            summary.set(error instanceof WorkCancelledException ? error.getMessage()
                    : "The import failed and nothing was imported: " + error.getMessage());
            resultLines.clear();
            step.set(Step.DONE);
        });
    }

    public void cancel() {
        watch.cancel();
    }

    /**
     * Whether the window may close now (its title bar's close, or Esc): not over an import, which is asked to
     * cancel instead and says so when it has, nor over an Undo, which cannot stop half-way. Closed under either,
     * the window would leave the work running unseen.
     */
    public boolean mayClose() {
        if (step.get() == Step.IMPORTING) {
            cancel();
            return false;
        }
        return !undoing.get();
    }

    /** Takes back the whole import. */
    public void undo() {
        DownloadImportService.Result toUndo = result;
        if (toUndo == null) {
            return;
        }
        canUndo.set(false);
        undoing.set(true);
        // Taking back 200,000 messages takes seconds: the dialog says so rather than look finished.
        outcome.set("Undoing the import");
        summary.set("Taking back everything this import wrote. After a large import this takes a few seconds.");
        tasks.run(() -> {
            downloads.undo(toUndo.undo());
            return true;
        }, ok -> {
            undoing.set(false);
            result = null;
            resultLines.clear();
            outcome.set("Import undone");
            summary.set("Undone: the import is taken back, nothing of it is left.");
        }, error -> {
            undoing.set(false);
            canUndo.set(true);
            outcome.set("Undo failed");
            summary.set("Undo failed, and the import is still there: " + error.getMessage());
        });
    }

    /** Whether the store changed, so the window reloads what it shows. */
    public boolean importedSomething() {
        return changed;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<Address> addresses() {
        return addresses;
    }

    public ObservableList<DownloadRow> rows() {
        return rows;
    }

    public ObservableList<String> countLines() {
        return countLines;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return watch.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return watch.stepProperty();
    }

    /** The Done step's title: whether the import finished, was cancelled, failed or was undone. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What landed, a line per platform of the download, once the import is done. */
    public ObservableList<String> resultLines() {
        return resultLines;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** While an Undo runs: the dialog shows it working and cannot be closed under it. */
    public ReadOnlyBooleanProperty undoingProperty() {
        return undoing.getReadOnlyProperty();
    }


    private static final class UnreadableDownload extends RuntimeException {
        UnreadableDownload(String message) {
            super(message);
        }
    }
}
