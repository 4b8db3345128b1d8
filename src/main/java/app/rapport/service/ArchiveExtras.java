package app.rapport.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.rapport.domain.FollowUp;
import app.rapport.domain.Interaction;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.interchange.archive.Archive;
import app.rapport.interchange.archive.ArchivedContact;
import app.rapport.interchange.archive.ArchivedFollowUp;
import app.rapport.interchange.archive.ArchivedInteraction;
import app.rapport.store.StoreTransaction;

/**
 * What an archive carries beyond contacts and links. Into an empty store it brings everything, settings
 * included, so export then import gives the same data; into a store with data it adds what is missing and
 * never overrides the user's settings, platforms or templates.
 */
final class ArchiveExtras {

    private ArchiveExtras() {
    }

    /** Before any link is written: links name platforms, which must exist. */
    static void preparePlatforms(StoreTransaction tx, Archive archive, boolean intoEmptyStore) {
        Set<String> known = tx.platforms().all().stream().map(Platform::id).collect(Collectors.toSet());
        for (Platform platform : archive.platforms()) {
            if (!known.contains(platform.id())) {
                tx.platforms().insert(platform);
            } else if (intoEmptyStore) {
                tx.platforms().update(platform);
            }
        }
        if (intoEmptyStore) {
            tx.settings().putRuleSettings(archive.settings());
            for (MessageTemplate template : archive.templates()) {
                if (template.id() != null) {
                    tx.templates().updateBody(template.id(), template.body());
                }
            }
        }
    }

    /** After the contacts: their interactions and follow-ups, each once however often the archive is imported. */
    static void addHistory(StoreTransaction tx, Archive archive, Map<String, Long> storeIds) {
        for (ArchivedContact contact : archive.contacts()) {
            Long id = storeIds.get(contact.id());
            if (id == null) {
                continue;
            }
            Set<String> have = new HashSet<>();
            tx.interactions().ofContact(id).forEach(i -> have.add(key(i.on(), i.kind().name(), i.notes())));
            for (ArchivedInteraction interaction : contact.interactions()) {
                if (have.add(key(interaction.on(), interaction.kind().name(), interaction.notes()))) {
                    // The others it was with, as far as this import brought them in.
                    List<Long> others = interaction.with().stream().map(storeIds::get).filter(Objects::nonNull)
                            .toList();
                    tx.interactions().insert(new Interaction(null, id, interaction.on(), interaction.kind(),
                            interaction.notes(), others));
                }
            }
        }
        for (ArchivedFollowUp followUp : archive.followUps()) {
            Long id = storeIds.get(followUp.contact());
            if (id == null) {
                continue;
            }
            List<FollowUp> existing = tx.followUps().ofContact(id);
            boolean known = existing.stream().anyMatch(f -> !followUp.triggerKey().isBlank()
                    ? f.triggerKey().equals(followUp.triggerKey())
                    : f.title().equals(followUp.title()) && f.due().equals(followUp.due()));
            if (!known) {
                String trigger = followUp.triggerKey().isBlank() ? "ARCHIVE:" + UUID.randomUUID() : followUp.triggerKey();
                tx.followUps().insert(new FollowUp(null, id, followUp.platform(), followUp.rule(), trigger,
                        followUp.title(), followUp.message(), followUp.due(), followUp.status(), followUp.createdOn()));
            }
        }
    }

    private static String key(LocalDate on, String kind, String notes) {
        return on + "\u0000" + kind + "\u0000" + notes;
    }
}
