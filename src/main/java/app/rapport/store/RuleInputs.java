package app.rapport.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;

/**
 * What the readiness and follow-up rules read about everyone: every contact (archived ones too, whose open
 * follow-ups must close), the platforms, the rule settings, and each contact's links and interactions. Five
 * bulk queries; grouping by contact once keeps the work linear at 30,000 contacts.
 *
 * @param contacts     in id order, without emails, phones and tags, which no rule reads
 * @param interactions without their ids and notes, which no rule reads either, held as {@link RuleInteractions}
 */
public record RuleInputs(List<Contact> contacts, List<Platform> platforms, Settings settings,
                         Map<Long, List<Link>> links, Map<Long, List<Interaction>> interactions) {

    public RuleInputs {
        contacts = List.copyOf(contacts);
        platforms = List.copyOf(platforms);
        links = Map.copyOf(links);
        interactions = heldForRules(interactions);
    }

    public static RuleInputs read(StoreTransaction tx) {
        return new RuleInputs(tx.contacts().allForRules(), tx.platforms().all(), tx.settings().ruleSettings(),
                byContact(tx.links().all(), Link::contactId),
                byContact(tx.interactions().allForRules(), Interaction::contactId));
    }

    /**
     * These inputs with what may have changed read again: the rows of {@code contactIds} (a contact that no
     * longer exists drops out), and the platforms and settings when {@code platformsOrSettings}. The other
     * contacts' rows are kept as they are.
     */
    RuleInputs refreshed(StoreTransaction tx, Set<Long> contactIds, boolean platformsOrSettings) {
        List<Contact> changedContacts = contactIds.isEmpty() ? List.of() : tx.contacts().forRules(contactIds);
        Map<Long, List<Link>> changedLinks = contactIds.isEmpty() ? Map.of()
                : byContact(tx.links().ofContacts(contactIds), Link::contactId);
        Map<Long, List<Interaction>> changedInteractions = contactIds.isEmpty() ? Map.of()
                : byContact(tx.interactions().forRulesOf(contactIds), Interaction::contactId);
        List<Contact> newContacts = new ArrayList<>(contacts.size() + changedContacts.size());
        for (Contact contact : contacts) {
            if (!contactIds.contains(contact.id())) {
                newContacts.add(contact);
            }
        }
        newContacts.addAll(changedContacts);
        newContacts.sort(Comparator.comparingLong(Contact::id));
        return new RuleInputs(newContacts,
                platformsOrSettings ? tx.platforms().all() : platforms,
                platformsOrSettings ? tx.settings().ruleSettings() : settings,
                replaced(links, contactIds, changedLinks), replaced(interactions, contactIds, changedInteractions));
    }

    /** The inputs about {@code contactIds} alone, with the platforms and settings, as the transaction reads them. */
    public static RuleInputs readOf(StoreTransaction tx, Set<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return new RuleInputs(List.of(), tx.platforms().all(), tx.settings().ruleSettings(), Map.of(), Map.of());
        }
        return new RuleInputs(tx.contacts().forRules(contactIds), tx.platforms().all(), tx.settings().ruleSettings(),
                byContact(tx.links().ofContacts(contactIds), Link::contactId),
                byContact(tx.interactions().forRulesOf(contactIds), Interaction::contactId));
    }

    private static <T> Map<Long, List<T>> replaced(Map<Long, List<T>> kept, Set<Long> contactIds,
                                                   Map<Long, List<T>> changed) {
        Map<Long, List<T>> result = new HashMap<>(kept);
        result.keySet().removeAll(contactIds);
        result.putAll(changed);
        return result;
    }

    /** The contact with this id, archived or not; null when there is none. Found by halves: they are in id order. */
    public Contact contact(long id) {
        int low = 0;
        int high = contacts.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long middleId = contacts.get(middle).id();
            if (middleId < id) {
                low = middle + 1;
            } else if (middleId > id) {
                high = middle - 1;
            } else {
                return contacts.get(middle);
            }
        }
        return null;
    }

    public List<Link> linksOf(Contact contact) {
        return links.getOrDefault(contact.id(), List.of());
    }

    public List<Interaction> interactionsOf(Contact contact) {
        return interactions.getOrDefault(contact.id(), List.of());
    }

    /** The day of each of the contact's interactions, as an epoch day, without making an interaction of each. */
    public void forEachInteractionDay(Contact contact, IntConsumer action) {
        List<Interaction> theirs = interactionsOf(contact);
        if (theirs instanceof RuleInteractions held) {
            held.forEachDay(action);
        } else {
            theirs.forEach(interaction -> action.accept(Math.toIntExact(interaction.on().toEpochDay())));
        }
    }

    // Straight into the unmodifiable map, as Map.copyOf made it before: a map in between cost every write's
    // refresh one more copy of 30,000 entries.
    @SuppressWarnings("unchecked")
    private static Map<Long, List<Interaction>> heldForRules(Map<Long, List<Interaction>> interactions) {
        Map.Entry<Long, List<Interaction>>[] held = new Map.Entry[interactions.size()];
        int i = 0;
        for (Map.Entry<Long, List<Interaction>> entry : interactions.entrySet()) {
            held[i++] = Map.entry(entry.getKey(), RuleInteractions.of(entry.getKey(), entry.getValue()));
        }
        return Map.ofEntries(held);
    }

    private static <T> Map<Long, List<T>> byContact(List<T> items, Function<T, Long> contactId) {
        return items.stream().collect(Collectors.groupingBy(contactId, Collectors.toUnmodifiableList()));
    }
}
