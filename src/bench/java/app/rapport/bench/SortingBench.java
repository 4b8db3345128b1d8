package app.rapport.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactEdit;
import app.rapport.domain.SortSuggestion;
import app.rapport.service.EditUndo;
import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * Issue 13's two figures: {@code bulk_edit_5000_ms}, one change (a tag) to 5,000 contacts in one transaction as the
 * contacts table's "Change selected" makes it; and {@code sort_take_all_ms}, Sort's "Take all N with this reason"
 * for the reason that covers the most undecided contacts. Each run is undone after it, untimed, so the store stays
 * as generated; before each, the rules' inputs are read again untimed, as the pages that show the change do in
 * the app. Median of {@link #RUNS} after {@link #WARMUPS} warm-up.
 */
final class SortingBench {

    private static final int BULK = 5_000;
    private static final int WARMUPS = 1;
    private static final int RUNS = 3;

    private SortingBench() {
    }

    static void run(Store store, Services services, Results results) {
        List<Long> ids = store.ruleInputs().contacts().stream().filter(c -> !c.archived()).map(Contact::id)
                .limit(BULK).toList();
        results.put("bulk_edit_5000_ms", median(store::ruleInputs,
                () -> services.contacts().editMany(ids, new ContactEdit.AddTag("bench-bulk")),
                edit -> services.contacts().undoEdit(edit)));
        results.put("bulk_edit_contacts", ids.size());

        Map<SortSuggestion.Reason, Integer> counts = services.sort().countsByReason(services.sort().queue());
        counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).ifPresent(most -> {
            results.put("sort_take_all_ms", median(() -> services.sort().queue(),
                    () -> services.sort().takeAll(most.getKey()), step -> services.sort().undo(step)));
            results.put("sort_take_all_contacts", most.getValue());
        });
    }

    private static double median(Runnable before, Supplier<EditUndo> timed,
                                 Consumer<EditUndo> undo) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            EditUndo done = timed.get();
            double millis = (System.nanoTime() - start) / 1e6;
            undo.accept(done);
            if (i >= WARMUPS) {
                times.add(millis);
            }
        }
        return Stats.median(times);
    }
}
