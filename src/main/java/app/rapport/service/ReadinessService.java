package app.rapport.service;

import java.lang.ref.SoftReference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.ReadinessEngine;
import app.rapport.domain.Settings;
import app.rapport.store.Store;
import app.rapport.store.TableRows;

/** Verdicts for one contact or for everyone, read in one transaction and computed by the pure engine. */
public final class ReadinessService {

    /** The last matrix and the rows and table order it was made from, held as softly as the rows themselves. */
    private record Last(List<ReadinessRow> rows, TableRows table, ReadinessMatrix matrix) {
    }

    private final Store store;
    private final Clock clock;
    private final ReadinessRows rows;
    private volatile SoftReference<Last> last = new SoftReference<>(null);

    ReadinessService(Store store, Clock clock, ReadinessRows rows) {
        this.store = store;
        this.clock = clock;
        this.rows = rows;
    }

    public ContactReadiness forContact(long contactId) {
        LocalDate today = LocalDate.now(clock);
        return store.transact(tx -> {
            Contact contact = tx.contacts().find(contactId)
                    .orElseThrow(() -> new NoSuchElementException("No contact with id " + contactId));
            List<Platform> platforms = tx.platforms().all();
            List<Link> links = tx.links().ofContact(contactId);
            List<Interaction> interactions = tx.interactions().ofContact(contactId);
            Settings settings = tx.settings().ruleSettings();
            List<PlatformReadiness> cards = new ArrayList<>();
            for (Platform platform : visible(platforms)) {
                ReadinessEngine.evaluate(contact, links, interactions, settings, platform, platforms, today)
                        .ifPresent(verdict -> cards.add(new PlatformReadiness(platform,
                                links.stream().filter(l -> l.platformId().equals(platform.id())).findFirst(),
                                verdict)));
            }
            List<FollowUp> open = tx.followUps().ofContact(contactId).stream()
                    .filter(followUp -> followUp.status() == FollowUpStatus.OPEN).toList();
            return new ContactReadiness(contact, cards, interactions, tx.links().history(contactId), open);
        });
    }

    /**
     * Every active contact on every visible platform, from the store's rule inputs, then pure computation. While
     * the contacts table's rows are those the last close left, in the order it named, the rows come in that
     * order too, named: checking the order of 30,000 names cost Readiness's first visit hundreds of ms.
     */
    public ReadinessMatrix matrix() {
        ActiveContacts everyone = ActiveContacts.of(store.ruleInputs());
        List<ReadinessRow> current = rows.of(everyone, LocalDate.now(clock));
        TableRows table = store.summariesAtOpen().orElse(null);
        Last before = last.get();
        if (before != null && before.rows() == current && before.table() == table) {
            // Nothing written since the last matrix (Home's read gives the rows): no row looked at again.
            return before.matrix();
        }
        ReadinessMatrix matrix = new ReadinessMatrix(everyone.visiblePlatforms(), current);
        ReadinessMatrix ordered = table == null ? matrix : matrix.inOrderOf(table);
        last = new SoftReference<>(new Last(current, table, ordered));
        return ordered;
    }

    static List<Platform> visible(List<Platform> platforms) {
        return platforms.stream().filter(platform -> !platform.hidden()).toList();
    }
}
