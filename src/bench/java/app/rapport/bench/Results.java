package app.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Metric name to number, written as one JSON object and printed as a table against the targets. */
final class Results {

    private final Map<String, Double> metrics = new LinkedHashMap<>();

    /** Also printed at once: a run stopped part-way (a busy machine, a timeout) still tells what it measured. */
    void put(String name, double value) {
        metrics.put(name, value);
        System.out.println("[bench] " + name + " = " + number(value));
    }

    double get(String name) {
        return metrics.get(name);
    }

    void write(Path file) throws IOException {
        StringJoiner json = new StringJoiner(",\n  ", "{\n  ", "\n}\n");
        metrics.forEach((name, value) -> json.add("\"" + name + "\": " + number(value)));
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.toString());
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%-20s %10s  %-28s %s%n", "metric", "value", "target",
                "met"));
        metrics.forEach((name, value) -> {
            Target target = Target.of(name);
            out.append(String.format(Locale.ROOT, "%-20s %10s  %-28s %s%n", name, number(value),
                    target == null ? "" : target.describe(this),
                    target == null ? "" : target.met(this) ? "yes" : "NO"));
        });
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The targets: a limit, fixed or a multiple of a floor measured in the same run. */
    private record Target(String metric, String floor, double limit) {

        static Target of(String metric) {
            return switch (metric) {
                case "startup_ms" -> new Target(metric, "hello_startup_ms", 1.5);
                case "search_ms" -> new Target(metric, null, 16);
                case "edit_to_fresh_ms" -> new Target(metric, null, 100);
                case "page_first_visit_ms" -> new Target(metric, null, 300);
                case "open_contact_ms" -> new Target(metric, null, 150);
                case "readiness_all_ms" -> new Target(metric, null, 150);
                case "followups_all_ms" -> new Target(metric, null, 300);
                case "import_linkedin_ms" -> new Target(metric, "h2_csvread_ms", 3);
                case "rss_mb" -> new Target(metric, null, 350);
                default -> null;
            };
        }

        double bound(Results results) {
            return floor == null ? limit : limit * results.get(floor);
        }

        boolean met(Results results) {
            return results.get(metric) <= bound(results);
        }

        String describe(Results results) {
            return floor == null ? "<= " + number(limit)
                    : String.format(Locale.ROOT, "<= %s x %s = %s", number(limit), floor, number(bound(results)));
        }
    }
}
