package app.rapport.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.store.StoreTransaction;

/**
 * Tells a sample contact the user left as it came from one the user added to. A contact counts as untouched
 * only when it still is one of the sample's, as it was loaded: the same fields, interactions and link states,
 * with the sample's dates moved by the days between writing the sample and loading it (its added-on day tells
 * which). Anything else (a coffee logged, a vouch answer, an edit, a request clicked, a follow-up of its own)
 * is the user's.
 */
final class SampleTraces {

    private final Archive sample;

    SampleTraces(Archive sample) {
        this.sample = sample;
    }

    boolean userAddedTo(StoreTransaction tx, long contactId) {
        Contact stored = tx.contacts().find(contactId).orElse(null);
        if (stored == null) {
            return false;
        }
        List<Met> interactions = tx.interactions().ofContact(contactId).stream()
                .map(i -> new Met(i.on(), i.kind(), i.notes(), i.others().size())).toList();
        List<Linked> links = tx.links().ofContact(contactId).stream()
                .map(l -> new Linked(l.platformId(), l.state(), l.since(), l.handle())).toList();
        boolean ownFollowUp = tx.followUps().ofContact(contactId).stream()
                .anyMatch(followUp -> FollowUp.MANUAL.equals(followUp.rule()));
        return ownFollowUp || sample.contacts().stream()
                .noneMatch(archived -> sameAs(archived, stored, interactions, links));
    }

    private static boolean sameAs(ArchivedContact archived, Contact stored, List<Met> interactions,
                                  List<Linked> links) {
        if (archived.contact().addedOn() == null || stored.addedOn() == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(archived.contact().addedOn(), stored.addedOn());
        ArchivedContact loaded = SampleDataService.shifted(archived, days);
        // Archiving a sample contact is putting it away, not adding to it; the store keeps tags sorted.
        Contact asLoaded = stored.toBuilder().id(null).archived(loaded.contact().archived()).build();
        Contact asWritten = loaded.contact().toBuilder().tags(loaded.contact().tags().stream().sorted().toList())
                .build();
        return asLoaded.equals(asWritten)
                && sameItems(interactions, loaded.interactions().stream()
                        .map(i -> new Met(i.on(), i.kind(), i.notes().strip(), i.with().size())).toList())
                && sameItems(links, loaded.links().stream()
                        .map(l -> new Linked(l.platform(), l.state(), l.since(),
                                Objects.requireNonNullElse(l.handle(), ""))).toList());
    }

    /** The same items, as many times each, in any order. */
    private static <T> boolean sameItems(Collection<T> stored, Collection<T> loaded) {
        List<T> left = new ArrayList<>(loaded);
        for (T item : stored) {
            if (!left.remove(item)) {
                return false;
            }
        }
        return left.isEmpty();
    }

    /** An interaction, as far as the sample wrote it. */
    private record Met(LocalDate on, InteractionKind kind, String notes, int others) {
    }

    /** A link, as far as the sample wrote it. */
    private record Linked(String platform, LinkState state, LocalDate since, String handle) {
    }
}
