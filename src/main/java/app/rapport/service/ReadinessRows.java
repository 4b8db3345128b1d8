package app.rapport.service;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.Link;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;
import app.rapport.store.RuleInputs;

/**
 * Everyone's readiness rows, kept from one read to the next, for Home and the readiness page alike: after a
 * write only the rows of the contacts it changed are worked out again, instead of 146,000 verdicts at 30,000
 * contacts. The store's refreshed rule inputs keep the very same contact, links and interactions objects for
 * everyone a write did not touch, so whether a row still holds is a check of identity; a false "changed" only
 * costs working one row out again. Another day, or other platforms or rule settings, change every row.
 * The rows are held softly: at 100,000 contacts in the launcher's 640 MB heap the JVM must be able to let them
 * go rather than run out of memory. They keep only their verdicts' kinds (see {@link ReadinessRow}).
 */
final class ReadinessRows {

    /** The rows of the last read, in order and by contact id, and the rule inputs they were worked out from. */
    private record Last(RuleInputs inputs, Map<Long, ReadinessRow> byId, List<ReadinessRow> rows) {
    }

    private SoftReference<Last> last = new SoftReference<>(null);
    private List<Platform> platforms = List.of();
    private Settings settings;
    private LocalDate day;
    private int workedOut;

    /** One row per active contact, in id order, as {@link ActiveContacts#row} works it out. */
    synchronized List<ReadinessRow> of(ActiveContacts everyone, LocalDate today) {
        boolean sameRules = today.equals(day) && everyone.platforms().equals(platforms)
                && everyone.inputs().settings().equals(settings);
        Last before = sameRules ? last.get() : null;
        if (before != null && before.inputs() == everyone.inputs()) {
            // Nothing was written since: Home and Readiness each ask, and the second need not look at every row.
            workedOut = 0;
            return before.rows();
        }
        ReadinessRow.Rules rules = new ReadinessRow.Rules(everyone.visiblePlatforms(), everyone.platforms(),
                everyone.inputs().settings(), today);
        Map<Long, ReadinessRow> next = HashMap.newHashMap(everyone.contacts().size());
        List<ReadinessRow> rows = new ArrayList<>(everyone.contacts().size());
        workedOut = 0;
        for (Contact contact : everyone.contacts()) {
            List<Link> links = everyone.inputs().linksOf(contact);
            List<Interaction> interactions = everyone.interactionsOf(contact);
            ReadinessRow row = before == null ? null : before.byId().get(contact.id());
            if (row == null || row.contact() != contact || row.links() != links
                    || row.interactions() != interactions) {
                row = ReadinessRow.of(contact, links, interactions, rules);
                workedOut++;
            }
            next.put(contact.id(), row);
            rows.add(row);
        }
        List<ReadinessRow> unchangeable = Collections.unmodifiableList(rows);
        last = new SoftReference<>(new Last(everyone.inputs(), next, unchangeable));
        platforms = everyone.platforms();
        settings = everyone.inputs().settings();
        day = today;
        return unchangeable;
    }

    /** How many rows the last read worked out again rather than kept. */
    synchronized int workedOutLastTime() {
        return workedOut;
    }
}
