package app.rapport.ui.contact;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import app.rapport.domain.Category;
import app.rapport.domain.Interaction;
import app.rapport.domain.LinkState;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.TemplateSuggestion;
import app.rapport.service.ContactReadiness;
import app.rapport.service.PlatformReadiness;
import app.rapport.service.Services;
import app.rapport.ui.TaskRunner;
import app.rapport.ui.contacts.ContactFormViewModel;
import app.rapport.ui.interaction.LogInteractionViewModel;

/**
 * One contact's page: the verdict per platform with the link actions, the timeline and the link history.
 * Every change goes through a service and then reloads the page, so verdicts update at once.
 */
public final class ContactPageViewModel {

    /** A filled message ready to copy: which template, and its text for this contact and platform. */
    public record SuggestedMessage(String templateName, String text) {
    }

    private final Services services;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ContactReadiness> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Interaction> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Map<String, MessageTemplate> templates = Map.of();
    private String myName = "";
    private Runnable afterChange = () -> { };

    public ContactPageViewModel(Services services, TaskRunner tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    /** Called after anything on this page changed data, so other pages (counts, badges) can follow. */
    public void setAfterChange(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    public void show(long contactId) {
        problem.set("");
        tasks.run(() -> new Loaded(services.readiness().forContact(contactId),
                services.rules().templates().stream().collect(Collectors.toMap(MessageTemplate::id, Function.identity())),
                services.rules().myName()), loaded -> {
            templates = loaded.templates();
            myName = loaded.myName();
            page.set(loaded.page());
        }, this::fail);
    }

    public void reload() {
        ContactReadiness current = page.get();
        if (current != null) {
            show(current.contact().id());
        }
    }

    public void changeLink(String platformId, LinkState state) {
        changeLink(platformId, state, today());
    }

    /** Records the change dated {@code on}; a day in the future is refused with the service's message. */
    public void changeLink(String platformId, LinkState state, LocalDate on) {
        long id = contactId();
        change(() -> services.links().changeState(id, platformId, state, on));
    }

    /** Today as the rules see it: the ledger's default day. */
    public LocalDate today() {
        return services.today();
    }

    public void saveHandle(String platformId, String handle) {
        long id = contactId();
        change(() -> services.links().setHandle(id, platformId, handle));
    }

    public void saveVouch(String forThem, String forMe) {
        var contact = page.get().contact();
        change(() -> services.contacts().save(contact.withVouch(forThem, forMe)));
    }

    public void decideCategory(Category category) {
        var contact = page.get().contact();
        change(() -> services.contacts().save(contact.withCategory(category)));
    }

    public void deleteInteraction(Interaction interaction) {
        tasks.run(() -> {
            services.interactions().delete(interaction);
            return interaction;
        }, deleted -> {
            lastDeleted.set(deleted);
            reload();
            afterChange.run();
        }, this::fail);
    }

    public void undoDelete() {
        Interaction deleted = lastDeleted.get();
        if (deleted != null) {
            lastDeleted.set(null);
            change(() -> services.interactions().undoDelete(deleted));
        }
    }

    /** An interaction was logged or edited in its dialog: verdicts and badges follow at once. */
    public void afterInteraction() {
        reload();
        afterChange.run();
    }

    public void forgetUndo() {
        lastDeleted.set(null);
    }

    public ContactFormViewModel editForm() {
        return new ContactFormViewModel(services.contacts(), services.contacts().get(contactId()));
    }

    public Optional<SuggestedMessage> suggestedMessage(PlatformReadiness card) {
        return TemplateSuggestion.templateIdFor(card.verdict(), card.link(), card.platform())
                .map(templates::get)
                .map(template -> new SuggestedMessage(template.name(),
                        template.fill(page.get().contact(), card.platform(), myName)));
    }

    public ReadOnlyObjectProperty<ContactReadiness> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Interaction> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void dismissProblem() {
        problem.set("");
    }

    public LogInteractionViewModel editInteraction(Interaction interaction) {
        return new LogInteractionViewModel(services, interaction);
    }

    public LogInteractionViewModel logInteraction() {
        return LogInteractionViewModel.forContact(services, contactId());
    }

    private long contactId() {
        return page.get().contact().id();
    }

    private void change(Runnable work) {
        tasks.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, done -> {
            reload();
            afterChange.run();
        }, this::fail);
    }

    private void fail(Throwable error) {
        problem.set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    private record Loaded(ContactReadiness page, Map<String, MessageTemplate> templates, String myName) {
    }
}
