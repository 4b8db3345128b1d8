package app.rapport.store;

import static app.rapport.store.jooq.Tables.INTERACTION;
import static app.rapport.store.jooq.Tables.INTERACTION_CONTACT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;

/**
 * Every interaction as the rules see it, read as two scans joined here rather than one join in H2: the join
 * looks each of 300,000 interactions up in its index, and on a cold start (H2's code not yet compiled, its page
 * cache empty) that took twice as long as reading both tables straight through. Start-up waits on this read.
 */
final class EveryInteractionForRules {

    private final DSLContext dsl;
    private final Map<LocalDate, LocalDate> days = new HashMap<>();
    private long[] ids = new long[1024];
    private LocalDate[] on = new LocalDate[1024];
    private InteractionKind[] kinds = new InteractionKind[1024];
    private int count;

    EveryInteractionForRules(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Once for each person an interaction was with, in the order of the interactions' ids, then the LinkedIn
     * message days, so each person's share is in that order too, as a read of some contacts gives it.
     */
    List<Interaction> read() {
        readInteractions();
        int[] interactionOf = new int[1024];
        long[] contactOf = new long[1024];
        int pairs = 0;
        try (ResultSet rows = dsl.select(INTERACTION_CONTACT.INTERACTION_ID, INTERACTION_CONTACT.CONTACT_ID)
                .from(INTERACTION_CONTACT).fetchResultSet()) {
            while (rows.next()) {
                int at = Arrays.binarySearch(ids, 0, count, rows.getLong(1));
                // Not there: written after the first scan, and the write will have the inputs read again.
                if (at >= 0) {
                    if (pairs == interactionOf.length) {
                        interactionOf = Arrays.copyOf(interactionOf, pairs * 2);
                        contactOf = Arrays.copyOf(contactOf, pairs * 2);
                    }
                    interactionOf[pairs] = at;
                    contactOf[pairs] = rows.getLong(2);
                    pairs++;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Rapport could not read who its interactions were with: " + e.getMessage(), e);
        }
        List<Interaction> all = inInteractionOrder(interactionOf, contactOf, pairs);
        all.addAll(new LinkedInMessageDays(dsl).forRules(DSL.noCondition(), days));
        return all;
    }

    private void readInteractions() {
        try (ResultSet rows = dsl.select(INTERACTION.ID, INTERACTION.HAPPENED_ON, INTERACTION.KIND).from(INTERACTION)
                .orderBy(INTERACTION.ID).fetchResultSet()) {
            while (rows.next()) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                    on = Arrays.copyOf(on, count * 2);
                    kinds = Arrays.copyOf(kinds, count * 2);
                }
                ids[count] = rows.getLong(1);
                on[count] = days.computeIfAbsent(rows.getObject(2, LocalDate.class), day -> day);
                kinds[count] = InteractionKind.valueOf(rows.getString(3));
                count++;
            }
        } catch (SQLException e) {
            throw new StoreException("Rapport could not read its interactions: " + e.getMessage(), e);
        }
    }

    /** The pairs bucketed by interaction (a counting sort), whatever order the scan gave them in. */
    private List<Interaction> inInteractionOrder(int[] interactionOf, long[] contactOf, int pairs) {
        int[] start = new int[count + 1];
        for (int i = 0; i < pairs; i++) {
            start[interactionOf[i] + 1]++;
        }
        for (int i = 0; i < count; i++) {
            start[i + 1] += start[i];
        }
        long[] contacts = new long[pairs];
        int[] next = Arrays.copyOf(start, count);
        for (int i = 0; i < pairs; i++) {
            contacts[next[interactionOf[i]]++] = contactOf[i];
        }
        List<Interaction> all = new ArrayList<>(pairs);
        for (int i = 0; i < count; i++) {
            for (int p = start[i]; p < start[i + 1]; p++) {
                all.add(new Interaction(null, contacts[p], on[i], kinds[i], ""));
            }
        }
        return all;
    }
}
