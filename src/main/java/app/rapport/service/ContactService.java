package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.ContactMerge;
import app.rapport.domain.ContactRules;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.FieldError;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.Link;
import app.rapport.domain.LinkState;
import app.rapport.store.ContactRows;
import app.rapport.store.RuleInputs;
import app.rapport.store.Store;
import app.rapport.store.TableRows;

/** Use cases on contacts. Each call is one transaction. */
public final class ContactService {

    private final Store store;
    private final Clock clock;

    public ContactService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Every contact, archived ones included, as table rows: the store's rule inputs (kept between writes, and
     * already read for the home page) and one query each for the tags, emails and phones, instead of a last-interaction subquery per
     * contact.
     */
    public List<ContactSummary> summaries() {
        return tableRows().summaries();
    }

    /**
     * As {@link #summaries()}, with the order of the rows when it is known: the rows the last close left, while
     * nothing has been written since, come in the order it named; rows read from the store come in none.
     */
    public TableRows tableRows() {
        Optional<TableRows> unchanged = store.summariesAtOpen();
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        // The lists first: at start-up they are read while the store is still reading the rules' inputs.
        Lists lists = store.transact(tx -> new Lists(tx.contacts().allTags(), tx.contacts().allEmails(),
                tx.contacts().allPhones()));
        RuleInputs inputs = store.ruleInputs();
        return new TableRows(inputs.contacts().stream().map(c -> summary(c, inputs, lists)).toList(), null);
    }

    /**
     * The rows to leave for the next start (see {@link Store#closeLeaving}), in their order when it is known (the
     * close need not check it again): empty when working them out would read the whole store, which a start-up
     * does anyway.
     */
    public Optional<TableRows> summariesForNextStart() {
        if (store.summariesAtOpen().isEmpty() && !store.ruleInputsKept()) {
            return Optional.empty();
        }
        return Optional.of(tableRows());
    }

    /** The rows of these contacts only, for a table that applies a change instead of reading every row again. */
    public List<ContactSummary> summaries(Set<Long> ids) {
        RuleInputs inputs = store.ruleInputs();
        Lists lists = store.transact(tx -> new Lists(tx.contacts().tagsOf(ids), tx.contacts().emailsOf(ids),
                tx.contacts().phonesOf(ids)));
        return inputs.contacts().stream().filter(c -> ids.contains(c.id())).map(c -> summary(c, inputs, lists))
                .toList();
    }

    /** A table row's lists, per contact. */
    private record Lists(Map<Long, List<String>> tags, Map<Long, List<String>> emails,
                         Map<Long, List<String>> phones) {
    }

    private static ContactSummary summary(Contact c, RuleInputs inputs, Lists lists) {
        return summary(c, lists.tags().getOrDefault(c.id(), List.of()), inputs.interactionsOf(c),
                lists.emails().getOrDefault(c.id(), List.of()), lists.phones().getOrDefault(c.id(), List.of()));
    }

    /** The row of a contact read whole, with its interactions: without going through every contact's. */
    public static ContactSummary summary(Contact c, List<Interaction> interactions) {
        return summary(c, c.tags(), interactions, c.emails(), c.phones());
    }

    private static ContactSummary summary(Contact c, List<String> tags, List<Interaction> interactions,
                                          List<String> emails, List<String> phones) {
        return new ContactSummary(c.id(), c.displayName(), c.organization(), c.role(), c.category(),
                c.relationship(), tags, c.notes(), lastInteraction(interactions), c.keepInTouchWeeks(), c.metOn(),
                c.addedOn(), c.archived(), emails, phones);
    }

    /** Whether the store has no contact at all, archived ones included: without reading every one. */
    public boolean isEmpty() {
        return !store.transact(tx -> tx.contacts().any());
    }

    // Likes and comments say nothing about staying in touch.
    static LocalDate lastInteraction(List<Interaction> interactions) {
        LocalDate last = null;
        for (Interaction interaction : interactions) {
            if (interaction.kind() != InteractionKind.SOCIAL_MEDIA && (last == null || interaction.on().isAfter(last))) {
                last = interaction.on();
            }
        }
        return last;
    }

    /** Whom the user talked to in that month (likes and comments left out), for the home page's chart. */
    public Set<Long> talkedToIn(YearMonth month) {
        return store.transact(tx -> tx.interactions().contactIdsBetween(month.atDay(1), month.atEndOfMonth()));
    }

    public Contact get(long id) {
        return store.transact(tx -> tx.contacts().find(id))
                .orElseThrow(() -> new NoSuchElementException("No contact with id " + id));
    }

    /** Creates the contact when it has no id yet, else replaces the stored one; returns it as stored. */
    public Contact save(Contact contact) {
        LocalDate today = LocalDate.now(clock);
        Contact toStore = contact.addedOn() == null ? withAddedOn(contact, today) : contact;
        List<FieldError> errors = ContactRules.validate(toStore, today);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.transact(tx -> {
            Contact stored = toStore.id() == null ? toStore.withId(tx.contacts().insert(toStore)) : toStore;
            if (toStore.id() != null) {
                tx.contacts().update(toStore);
            }
            FollowUpQueue.reevaluate(tx, stored.id(), today);
            return stored;
        });
    }

    /**
     * Makes two records of one person one: {@code keptId} keeps its name and everything the user wrote, fills
     * its gaps from the other, and takes over every interaction, link (where it has none of its own, or one
     * at NONE), request history and follow-up of the other, which is then removed. Both contacts' rows are
     * read first, in the same transaction, so {@link #undoMerge} can put them back.
     */
    public MergeUndo merge(long keptId, long otherId) {
        if (keptId == otherId) {
            throw new IllegalArgumentException("A contact cannot be merged with itself.");
        }
        LocalDate today = LocalDate.now(clock);
        return store.transact(tx -> {
            Contact kept = tx.contacts().find(keptId).orElseThrow(() -> new NoSuchElementException("No contact " + keptId));
            Contact other = tx.contacts().find(otherId).orElseThrow(() -> new NoSuchElementException("No contact " + otherId));
            ContactRows before = tx.contacts().rowsOf(Set.of(keptId, otherId));
            Contact merged = ContactMerge.absorb(kept, other);
            tx.contacts().update(merged);
            Map<String, Link> keptLinks = tx.links().ofContact(keptId).stream()
                    .collect(Collectors.toMap(Link::platformId, link -> link));
            for (Link link : tx.links().ofContact(otherId)) {
                Link mine = keptLinks.get(link.platformId());
                if (mine == null || mine.state() == LinkState.NONE) {
                    tx.links().reassign(otherId, keptId, link.platformId());
                }
            }
            tx.links().reassignHistory(otherId, keptId);
            tx.interactions().reassign(otherId, keptId);
            tx.followUps().reassign(otherId, keptId);
            tx.touched(otherId);
            tx.contacts().delete(otherId);
            FollowUpQueue.reevaluate(tx, keptId, today);
            return new MergeUndo(merged, other, before, tx.contacts().rowsOf(Set.of(keptId, otherId)));
        });
    }

    /**
     * Gives both contacts of a merge back exactly as they were, ids included: fields, emails, phones, tags,
     * interactions, links, link history and follow-ups. When the merged contact changed since (an edit, a
     * logged interaction), putting the rows back would lose that change, so nothing is done and it says so.
     *
     * @throws IllegalStateException when the merged contact changed since the merge; nothing was changed
     */
    public void undoMerge(MergeUndo merge) {
        store.transactVoid(tx -> {
            if (!tx.contacts().rowsOf(Set.of(merge.merged().id(), merge.absorbed().id())).sameAs(merge.after())) {
                throw new IllegalStateException(merge.merged().displayName() + " has changed since the merge, and "
                        + "undoing it now would lose that change.");
            }
            tx.touched(merge.merged().id(), merge.absorbed().id());
            tx.contacts().putBack(merge.before());
        });
    }

    /**
     * Applies one edit to every one of {@code contactIds} in one transaction (all of them or, if any fails,
     * none). The returned {@link EditUndo} takes it back with {@link #undoEdit}.
     *
     * @throws ValidationException when the edit would make one of them invalid (a tag too long)
     */
    public EditUndo editMany(Collection<Long> contactIds, ContactEdit edit) {
        LocalDate today = LocalDate.now(clock);
        RuleInputs committed = store.ruleInputs();
        return store.transact(tx -> ContactEdits.apply(tx, committed, contactIds, edit, today));
    }

    /**
     * Gives the contacts of a bulk edit back exactly as they were, in one transaction.
     *
     * @throws IllegalStateException when one of them changed since; nothing was changed
     */
    public void undoEdit(EditUndo undo) {
        LocalDate today = LocalDate.now(clock);
        store.transactVoid(tx -> ContactEdits.undo(tx, undo, today));
    }

    public void archive(long id) {
        setArchived(id, true);
    }

    public void restore(long id) {
        setArchived(id, false);
    }

    private void setArchived(long id, boolean archived) {
        boolean changed = store.transact(tx -> {
            boolean found = tx.contacts().setArchived(id, archived);
            FollowUpQueue.reevaluate(tx, id, LocalDate.now(clock));
            return found;
        });
        if (!changed) {
            throw new NoSuchElementException("No contact with id " + id);
        }
    }

    private static Contact withAddedOn(Contact c, LocalDate today) {
        return c.toBuilder().addedOn(today).build();
    }
}
