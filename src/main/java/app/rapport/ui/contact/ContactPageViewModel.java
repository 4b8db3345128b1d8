package app.rapport.ui.contact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import app.rapport.domain.Category;
import app.rapport.domain.Familiarity;
import app.rapport.domain.Interaction;
import app.rapport.domain.LinkState;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Relationship;
import app.rapport.domain.Settings;
import app.rapport.domain.TemplateSuggestion;
import app.rapport.service.ContactReadiness;
import app.rapport.service.ContactService;
import app.rapport.service.DeletedInteraction;
import app.rapport.service.PlatformReadiness;
import app.rapport.service.RowsUndo;
import app.rapport.service.Services;
import app.rapport.ui.ChangeSignal;
import app.rapport.ui.DateFields;
import app.rapport.ui.Freshness;
import app.rapport.ui.Problems;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.contacts.ContactFormViewModel;
import app.rapport.ui.contacts.QuietFor;
import app.rapport.ui.interaction.LogInteractionViewModel;

/**
 * One contact's page: the verdict per platform with the link actions, the timeline and the link history.
 * Every change goes through a service; the change signal then reloads the page, so verdicts update at once.
 */
public final class ContactPageViewModel {

    private static final DateTimeFormatter DATE = DateFields.display(Locale.getDefault(Locale.Category.FORMAT));

    /** A filled message ready to copy: which template, and its text for this contact and platform. */
    public record SuggestedMessage(String templateName, String text) {
    }

    private final Services services;
    private final TaskRunner tasks;
    private final Freshness freshness;
    private final ReadOnlyObjectWrapper<ContactReadiness> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ContactFormViewModel> formRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LogInteractionViewModel> interactionRequest = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Undoable> undoable = new SimpleObjectProperty<>();
    private final StringBinding undoMessage = Bindings.createStringBinding(() -> said(undoable.get()), undoable);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Rules rules = new Rules(Map.of(), "", null);
    private Rules lastRead;
    private int rulesChanged;
    private Map<String, String> sources = Map.of();
    private QuietFor quiet;
    private long shownId = -1;

    public ContactPageViewModel(Services services, TaskRunner tasks, ChangeSignal changes) {
        this.services = services;
        this.tasks = tasks;
        // Heard before the page reads itself again on the same change, so that it reads the rules anew too.
        changes.listen(change -> {
            if (change.settings() || change.everything()) {
                lastRead = null;
                rulesChanged++;
            }
        });
        this.freshness = new Freshness(changes, change -> shownId >= 0 && change.concerns(shownId),
                change -> load(shownId));
    }

    /** Shows this contact's page, read fresh. */
    public void show(long contactId) {
        shownId = contactId;
        problem.set("");
        freshness.shownAfresh();
    }

    public void hidden() {
        freshness.hidden();
        undoable.set(null);
    }

    private void load(long contactId) {
        Rules known = lastRead;
        int changedBefore = rulesChanged;
        tasks.read(this, () -> {
            ContactReadiness read = services.readiness().forContact(contactId);
            return new Loaded(read, known != null ? known : readRules(), services.links().sourcesOf(contactId),
                    QuietFor.of(ContactService.summary(read.contact(), read.interactions()), services.today()));
        }, loaded -> {
            quiet = loaded.quiet();
            rules = loaded.rules();
            if (rulesChanged == changedBefore) {
                lastRead = loaded.rules();
            }
            sources = loaded.sources();
            page.set(loaded.page());
        }, this::fail);
    }

    private Rules readRules() {
        return new Rules(services.rules().templates().stream()
                .collect(Collectors.toMap(MessageTemplate::id, Function.identity())), services.rules().myName(),
                services.rules().settings());
    }

    public void changeLink(String platformId, LinkState state) {
        changeLink(platformId, state, today());
    }

    /**
     * Records the change dated {@code on}, and the undo bar offers to take it back; a day in the future is refused
     * with the service's message.
     */
    public void changeLink(String platformId, LinkState state, LocalDate on) {
        long id = contactId();
        tasks.run(() -> services.links().changeState(id, platformId, state, on), change -> {
            problem.set("");
            undoable.set(new LinkChanged(change));
        }, this::fail);
    }

    /** Today as the rules see it: the ledger's default day. */
    public LocalDate today() {
        return services.today();
    }

    /** Saves a handle typed for {@code contactId}, which another contact may have replaced on the page since. */
    public void saveHandle(long contactId, String platformId, String handle) {
        change(() -> services.links().setHandle(contactId, platformId, handle));
    }

    public void saveVouch(String forThem, String forMe) {
        var contact = page.get().contact();
        change(() -> services.contacts().save(contact.withVouch(forThem, forMe)));
    }

    /** Saves the answer to the question a card asks inline, keeping the other vouch answer as it was. */
    public void saveVouchForThem(String forThem) {
        var contact = page.get().contact();
        change(() -> services.contacts().save(contact.withVouch(forThem, contact.vouchForMe())));
    }

    /** How long it has been quiet with the contact on the page, and since what, as the contacts table says it. */
    public Optional<QuietFor> quietFor() {
        return Optional.ofNullable(quiet);
    }

    /** Where a platform's link state came from when a download filled it, e.g. "Facebook download, 28 Nov 2024". */
    public Optional<String> sourceOf(String platformId) {
        return Optional.ofNullable(sources.get(platformId));
    }

    public void decideCategory(Category category) {
        var contact = page.get().contact();
        change(() -> services.contacts().save(contact.withCategory(category)));
    }

    public void deleteInteraction(Interaction interaction) {
        tasks.run(() -> services.interactions().delete(interaction),
                deleted -> undoable.set(new InteractionDeleted(deleted)), this::fail);
    }

    /** Takes back what the undo bar offers (Ctrl+Z): a deleted interaction or a click on a card; once. */
    public void undo() {
        Undoable last = undoable.get();
        undoable.set(null);
        switch (last) {
            case InteractionDeleted(DeletedInteraction deleted) ->
                    change(() -> services.interactions().undoDelete(deleted));
            case LinkChanged(RowsUndo change) -> change(() -> services.links().undo(change));
            case null -> { }
        }
    }

    public void forgetUndo() {
        undoable.set(null);
    }

    private static String said(Undoable offer) {
        return switch (offer) {
            // The kinds' names are not all nouns ("Met in person"): they are quoted, not put in a sentence.
            case InteractionDeleted(DeletedInteraction deleted) -> "Deleted the interaction of "
                    + DATE.format(deleted.interaction().on()) + " (" + deleted.interaction().kind().label() + ").";
            case LinkChanged(RowsUndo change) -> "Recorded " + change.description() + ".";
            case null -> "";
        };
    }

    /** Reads the contact whole, then asks the view to open the form on it. */
    public void edit() {
        long id = contactId();
        tasks.read(this, () -> services.contacts().get(id), contact -> formRequest.set(
                new ContactFormViewModel(services.contacts(), tasks, contact)), this::fail);
    }

    public ReadOnlyObjectProperty<ContactFormViewModel> formRequestProperty() {
        return formRequest.getReadOnlyProperty();
    }

    /** The interaction form the view is to show. */
    public ReadOnlyObjectProperty<LogInteractionViewModel> interactionRequestProperty() {
        return interactionRequest.getReadOnlyProperty();
    }

    /** The view closed the form it was asked to show. */
    public void formClosed() {
        formRequest.set(null);
        interactionRequest.set(null);
    }

    public Optional<SuggestedMessage> suggestedMessage(PlatformReadiness card) {
        var shown = page.get();
        Familiarity known = Familiarity.asOf(shown.contact(), shown.interactions(), rules.settings(), today());
        Relationship relationship = shown.contact().relationship();
        boolean alreadyClose = known.spoke() || known.workedTogether() || relationship == Relationship.FAMILY
                || relationship == Relationship.FRIEND;
        return TemplateSuggestion.templateIdFor(card.verdict(), card.link(), card.platform(), alreadyClose)
                .map(rules.templates()::get)
                .map(template -> new SuggestedMessage(template.name(),
                        template.fill(page.get().contact(), card.platform(), rules.myName())));
    }

    public ReadOnlyObjectProperty<ContactReadiness> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** What the undo bar says; empty when there is nothing to undo. */
    public StringBinding undoMessage() {
        return undoMessage;
    }

    /** The interaction the undo bar offers to put back; empty when it offers a click on a card, or nothing. */
    public OptionalLong interactionToPutBack() {
        return undoable.get() instanceof InteractionDeleted(DeletedInteraction deleted)
                ? OptionalLong.of(deleted.interaction().id()) : OptionalLong.empty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void dismissProblem() {
        problem.set("");
    }

    public void editInteraction(Interaction interaction) {
        LogInteractionViewModel.open(services, tasks, OptionalLong.empty(), interaction, interactionRequest::set,
                this::fail);
    }

    public void logInteraction() {
        if (page.get() != null) {
            LogInteractionViewModel.open(services, tasks, OptionalLong.of(contactId()), null, interactionRequest::set,
                    this::fail);
        }
    }

    /** The contact on the page, for Ctrl+I. */
    public OptionalLong contactInFocus() {
        return page.get() == null ? OptionalLong.empty() : OptionalLong.of(contactId());
    }

    private long contactId() {
        return page.get().contact().id();
    }

    private void change(Runnable work) {
        tasks.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, done -> { }, this::fail);
    }

    private void fail(Throwable error) {
        problem.set(Problems.describe(error));
    }

    /** What the undo bar offers: the last interaction deleted, or the last click on a card's link buttons. */
    private sealed interface Undoable {
    }

    private record InteractionDeleted(DeletedInteraction deleted) implements Undoable {
    }

    private record LinkChanged(RowsUndo change) implements Undoable {
    }

    private record Loaded(ContactReadiness page, Rules rules, Map<String, String> sources, QuietFor quiet) {
    }

    /**
     * The user's templates, name and rule settings: the same for every contact, so read once and again only after
     * a change of the settings: three reads fewer each time a contact opens.
     */
    private record Rules(Map<String, MessageTemplate> templates, String myName, Settings settings) {
    }
}
