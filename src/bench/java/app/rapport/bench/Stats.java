package app.rapport.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Medians and percentiles of repeated runs: on two shared cores a single run says little. */
final class Stats {

    private Stats() {
    }

    /**
     * The middle value; of an even count, the mean of the two middle ones. The nearest-rank 50th percentile would
     * be the lower one, which for two start-ups ({@code -Dbench.startupRuns=2}) reported the faster of them.
     */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Runs {@code work} {@code warmups} times untimed, then {@code runs} times; the median in milliseconds. */
    static double medianMillis(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(millis(() -> {
                work.run();
                return null;
            }));
        }
        return median(times);
    }

    static double millis(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }
}
