package app.rapport.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import app.rapport.domain.Contact;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionKind;
import app.rapport.service.Services;
import app.rapport.store.Store;

/**
 * {@code edit_to_fresh_ms}: with Home, Readiness and Follow-ups loaded, one coffee is logged for one contact
 * through the call the log-interaction form makes ({@code InteractionService.log}), and the clock stops when the
 * data all three pages show has been worked out again: Home's summary, the readiness matrix and the open
 * follow-ups, each read as its page reads it, the three beside each other as the pages' reads run. Each run is
 * on another contact, and each checks that what was read holds the coffee.
 */
final class EditToFreshBench {

    private static final int WARMUPS = 3;

    private EditToFreshBench() {
    }

    static double median(Store store, Services services, int runs) throws Exception {
        // Contacts spread over the store, active ones only: archived contacts have no verdicts to change.
        List<Contact> active = store.ruleInputs().contacts().stream().filter(c -> !c.archived())
                .toList();
        ExecutorService pages = Executors.newFixedThreadPool(3);
        try {
            loadPages(services, pages);
            List<Double> times = new ArrayList<>();
            int step = active.size() / (WARMUPS + runs + 1);
            for (int i = 0; i < WARMUPS + runs; i++) {
                Contact contact = active.get((i + 1) * step);
                long start = System.nanoTime();
                services.interactions().log(new Interaction(null, contact.id(), services.today(),
                        InteractionKind.COFFEE_OR_MEAL, null));
                loadPages(services, pages);
                double millis = (System.nanoTime() - start) / 1e6;
                boolean fresh = store.ruleInputs().interactionsOf(contact).stream()
                        .anyMatch(interaction -> interaction.on().equals(services.today())
                                && interaction.kind() == InteractionKind.COFFEE_OR_MEAL);
                if (!fresh) {
                    throw new IllegalStateException("The pages' data does not show the coffee with " + contact.id());
                }
                if (i >= WARMUPS) {
                    times.add(millis);
                }
            }
            return Stats.median(times);
        } finally {
            pages.shutdown();
        }
    }

    private static void loadPages(Services services, ExecutorService pages) {
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> services.home().summary(), pages),
                CompletableFuture.runAsync(() -> services.readiness().matrix(), pages),
                CompletableFuture.runAsync(() -> services.followUps().open(), pages)).join();
    }
}
