package app.rapport.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.SortSuggestion;
import app.rapport.service.EditUndo;
import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * Issue 13's two figures: {@code bulk_edit_5000_ms}, one change (a tag) to 5,000 contacts in one transaction as the
 * contacts table's "Change selected" makes it; and {@code sort_take_all_ms}, Sort's "Take all N with this reason"
 * for the reason that covers the most undecided contacts. Each is undone after it, so the store stays as generated.
 */
final class SortingBench {

    private static final int BULK = 5_000;

    private SortingBench() {
    }

    static void run(Store store, Services services, Results results) {
        List<Long> ids = store.ruleInputs().contacts().stream().filter(c -> !c.archived()).map(Contact::id)
                .limit(BULK).toList();
        long start = System.nanoTime();
        EditUndo edit = services.contacts().editMany(ids, new ContactEdit.AddTag("bench-bulk"));
        results.put("bulk_edit_5000_ms", (System.nanoTime() - start) / 1e6);
        results.put("bulk_edit_contacts", ids.size());
        services.contacts().undoEdit(edit);

        Map<SortSuggestion.Reason, Integer> counts = services.sort().countsByReason(services.sort().queue());
        counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).ifPresent(most -> {
            long takeStart = System.nanoTime();
            EditUndo taken = services.sort().takeAll(most.getKey());
            results.put("sort_take_all_ms", (System.nanoTime() - takeStart) / 1e6);
            results.put("sort_take_all_contacts", most.getValue());
            services.sort().undo(taken);
        });
    }
}
