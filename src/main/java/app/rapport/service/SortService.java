package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.Interaction;
import app.rapport.domain.Relationship;
import app.rapport.domain.SortSuggestion;
import app.rapport.domain.SortSuggestions;
import app.rapport.store.RuleInputs;
import app.rapport.store.Store;
import app.rapport.store.StoreTransaction;

/**
 * Sort: deciding the category of many undecided contacts quickly. Each step is one transaction that one
 * {@link #undo} reverts; "take all with this reason" is one step however many contacts it covers.
 */
public final class SortService {

    static final int LATEST_INTERACTIONS = 3;

    private final Store store;
    private final Clock clock;

    public SortService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every undecided contact that is not archived, in id order (the order they were added), with its facts. */
    public List<SortItem> queue() {
        RuleInputs inputs = store.ruleInputs();
        return store.transact(tx -> {
            List<Contact> everyone = withEmails(inputs, tx.contacts().allEmails());
            Map<Long, SortSuggestion> suggestions = suggestions(tx, everyone, inputs);
            return everyone.stream()
                    .filter(c -> c.category() == Category.UNDECIDED && !c.archived())
                    .map(c -> new SortItem(c, inputs.linksOf(c), latest(inputs.interactionsOf(c)),
                            Optional.ofNullable(suggestions.get(c.id())), inputs.platforms()))
                    .toList();
        });
    }

    /** How many undecided contacts each reason covers now: what "Take all N with this reason" would take. */
    public Map<SortSuggestion.Reason, Integer> countsByReason(List<SortItem> items) {
        Map<SortSuggestion.Reason, Integer> counts = new EnumMap<>(SortSuggestion.Reason.class);
        items.forEach(item -> item.suggestion().ifPresent(s -> counts.merge(s.reason(), 1, Integer::sum)));
        return counts;
    }

    /** Decides one contact's category, and its relationship when given (null keeps it). */
    public EditUndo decide(long contactId, Category category, Relationship relationship) {
        LocalDate today = today();
        RuleInputs committed = store.ruleInputs();
        return store.transact(tx -> ContactEdits.apply(tx, committed, List.of(contactId),
                new ContactEdit.SetCategory(category, relationship), today));
    }

    /**
     * Applies the suggestion of {@code reason} to every undecided contact it covers now, in one transaction.
     *
     * @throws IllegalStateException when no contact has that reason any more; nothing was changed
     */
    public EditUndo takeAll(SortSuggestion.Reason reason) {
        LocalDate today = today();
        RuleInputs committed = store.ruleInputs();
        return store.transact(tx -> {
            List<SortSuggestion> covered = suggestions(tx, withEmails(committed, tx.contacts().allEmails()),
                    committed).values().stream().filter(s -> s.reason() == reason).toList();
            if (covered.isEmpty()) {
                throw new IllegalStateException("No undecided contact is left with this reason.");
            }
            SortSuggestion first = covered.getFirst();
            return ContactEdits.apply(tx, committed, covered.stream().map(SortSuggestion::contactId).toList(),
                    new ContactEdit.SetCategory(first.category(), first.relationship()), today);
        });
    }

    /** Takes back the last step, exactly. */
    public void undo(EditUndo step) {
        LocalDate today = today();
        store.transactVoid(tx -> ContactEdits.undo(tx, step, today));
    }

    private static Map<Long, SortSuggestion> suggestions(StoreTransaction tx, List<Contact> everyone,
                                                         RuleInputs inputs) {
        String myName = tx.settings().get(RulesService.MY_NAME).orElse("");
        return SortSuggestions.suggest(everyone, inputs.links(), inputs.platforms(), myName);
    }

    /** Everyone from the rules' cached copy, with the emails that the suggestions compare and Sort shows. */
    private static List<Contact> withEmails(RuleInputs inputs, Map<Long, List<String>> emails) {
        return inputs.contacts().stream().map(c -> emails.containsKey(c.id())
                ? c.toBuilder().emails(emails.get(c.id())).build() : c).toList();
    }

    // From the rules' cached copy: the kind and the day are the facts that decide; no query per contact.
    private static List<Interaction> latest(List<Interaction> interactions) {
        return interactions.stream()
                .sorted(Comparator.comparing(Interaction::on).reversed()).limit(LATEST_INTERACTIONS).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
