package app.rapport.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.interchange.archive.ArchivedFollowUp;
import app.rapport.interchange.archive.ArchivedInteraction;
import app.rapport.interchange.archive.ArchivedLink;
import app.rapport.store.StoreTransaction;

/** The whole store as an archive, from bulk reads. A contact's archive id is "c" and its store id. */
final class ArchiveSnapshot {

    private ArchiveSnapshot() {
    }

    static String archiveId(long contactId) {
        return "c" + contactId;
    }

    static Archive of(StoreTransaction tx) {
        Map<Long, List<Link>> links = tx.links().all().stream().collect(Collectors.groupingBy(Link::contactId));
        // Each interaction once, under the first of its people, naming the others.
        Map<Long, List<Interaction>> interactions = tx.interactions().all().stream()
                .collect(Collectors.groupingBy(Interaction::contactId));
        List<ArchivedContact> contacts = new ArrayList<>();
        for (Contact contact : tx.contacts().allFull()) {
            contacts.add(new ArchivedContact(archiveId(contact.id()), contact,
                    links.getOrDefault(contact.id(), List.of()).stream()
                            .map(l -> new ArchivedLink(l.platformId(), l.state(), l.since(), l.handle())).toList(),
                    interactions.getOrDefault(contact.id(), List.of()).stream()
                            .map(i -> new ArchivedInteraction(i.on(), i.kind(), i.notes(),
                                    i.others().stream().map(ArchiveSnapshot::archiveId).toList())).toList()));
        }
        // The shared Sort follow-up belongs to no contact; the rules make it again from the contacts.
        List<ArchivedFollowUp> followUps = tx.followUps().all().stream().filter(f -> f.contactId() != null)
                .map(ArchiveSnapshot::archived).toList();
        return new Archive(tx.settings().ruleSettings(), tx.platforms().all(), contacts, followUps,
                tx.templates().all());
    }

    private static ArchivedFollowUp archived(FollowUp f) {
        return new ArchivedFollowUp(archiveId(f.contactId()), f.platformId(), f.rule(), f.title(), f.due(), f.status(),
                f.message(), f.triggerKey(), f.createdOn());
    }
}
