package app.rapport.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchiveWriter;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.interchange.archive.ArchivedFollowUp;
import app.rapport.interchange.archive.ArchivedInteraction;
import app.rapport.interchange.archive.ArchivedLink;
import app.rapport.store.StoreTransaction;

/**
 * The whole store written as an archive, a few thousand contacts read at a time: at 100,000 contacts the store
 * read whole (a million interactions) did not fit in the heap beside what the window keeps. A contact's archive
 * id is "c" and its store id.
 */
final class ArchiveSnapshot {

    static final int CONTACTS_PER_READ = 2_000;

    private ArchiveSnapshot() {
    }

    static String archiveId(long contactId) {
        return "c" + contactId;
    }

    /** Writes the store as {@code tx} sees it to {@code out}; answers how many contacts it wrote. */
    static int write(StoreTransaction tx, OutputStream out) {
        return write(tx, out, CONTACTS_PER_READ, (done, total) -> { });
    }

    /** Told how many contacts are written, of how many; it may throw to stop the writing (a Cancel). */
    @FunctionalInterface
    interface Written {
        void contacts(int done, int total);
    }

    /** {@link #write(StoreTransaction, OutputStream)}, telling {@code written} how far it has got. */
    static int write(StoreTransaction tx, OutputStream out, Written written) {
        return write(tx, out, CONTACTS_PER_READ, written);
    }

    static int write(StoreTransaction tx, OutputStream out, int contactsPerRead, Written written) {
        List<Long> ids = tx.contacts().allIds();
        // The shared Sort follow-up belongs to no contact; the rules make it again from the contacts.
        List<ArchivedFollowUp> followUps = tx.followUps().all().stream().filter(f -> f.contactId() != null)
                .map(ArchiveSnapshot::archived).toList();
        Archive rest = new Archive(tx.settings().ruleSettings(), tx.platforms().all(), List.of(), followUps,
                tx.templates().all());
        Iterable<ArchivedContact> contacts = () -> IntStream.iterate(0, i -> i < ids.size(), i -> i + contactsPerRead)
                .mapToObj(i -> {
                    written.contacts(i, ids.size());
                    return ids.subList(i, Math.min(ids.size(), i + contactsPerRead));
                })
                .flatMap(part -> part(tx, part).stream()).iterator();
        try {
            ArchiveWriter.write(rest, contacts, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the archive: " + e.getMessage(), e);
        }
        written.contacts(ids.size(), ids.size());
        return ids.size();
    }

    /**
     * The contacts of {@code ids}, consecutive in id order. Each interaction is written once, under the first of
     * its people: a part reads the group interactions of its people that begin in an earlier or later part too,
     * and leaves them to that part.
     */
    private static List<ArchivedContact> part(StoreTransaction tx, List<Long> ids) {
        Map<Long, List<Link>> links = tx.links().ofContacts(ids).stream()
                .collect(Collectors.groupingBy(Link::contactId));
        Map<Long, List<Interaction>> interactions = tx.interactions().withAnyoneBetween(ids.getFirst(), ids.getLast())
                .stream().collect(Collectors.groupingBy(Interaction::contactId));
        return tx.contacts().findAll(ids).stream().map(contact -> new ArchivedContact(archiveId(contact.id()), contact,
                links.getOrDefault(contact.id(), List.of()).stream()
                        .map(l -> new ArchivedLink(l.platformId(), l.state(), l.since(), l.handle())).toList(),
                interactions.getOrDefault(contact.id(), List.of()).stream()
                        .map(i -> new ArchivedInteraction(i.on(), i.kind(), i.notes(),
                                i.others().stream().map(ArchiveSnapshot::archiveId).toList())).toList()))
                .toList();
    }

    private static ArchivedFollowUp archived(FollowUp f) {
        return new ArchivedFollowUp(archiveId(f.contactId()), f.platformId(), f.rule(), f.title(), f.due(), f.status(),
                f.message(), f.triggerKey(), f.createdOn());
    }
}
