package app.rapport.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The growth curve: every {@code results-<N>.json} in a folder (the benchmark keeps one per size it ran at)
 * drawn as a log-log chart, each metric against the number of contacts, with JavaFX's own LineChart and
 * Scene.snapshot. JavaFX has no logarithmic axis, so both axes carry log10 of the values, labelled with the
 * values themselves.
 */
final class GrowthChart {

    private static final List<String> METRICS = List.of("startup_ms", "search_ms", "edit_to_fresh_ms",
            "import_linkedin_ms", "rss_mb");

    private GrowthChart() {
    }

    /** Draws {@code folder}/growth.png from the results in {@code folder}; nothing when there are none. */
    static Path draw(Path folder) throws Exception {
        List<JsonNode> runs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("results-\\d+\\.json")).toList()) {
                runs.add(json.readTree(file.toFile()));
            }
        }
        runs.sort(Comparator.comparingDouble(run -> run.path("contacts").asDouble()));
        Path png = folder.resolve("growth.png");
        CompletableFuture<WritableImage> snapshot = new CompletableFuture<>();
        startToolkit();
        Platform.runLater(() -> {
            try {
                Scene scene = new Scene(chart(runs), 900, 560);
                snapshot.complete(scene.snapshot(null));
            } catch (RuntimeException e) {
                snapshot.completeExceptionally(e);
            }
        });
        write(snapshot.get(1, TimeUnit.MINUTES), png);
        return png;
    }

    private static LineChart<Number, Number> chart(List<JsonNode> runs) {
        NumberAxis contacts = logAxis("contacts (log scale)");
        NumberAxis value = logAxis("ms; RSS in MB (log scale)");
        LineChart<Number, Number> chart = new LineChart<>(contacts, value);
        chart.setTitle("Rapport against the number of contacts");
        chart.setAnimated(false);
        // Room for the last tick label, which the chart centres on the right edge.
        chart.setStyle("-fx-padding: 10 40 10 10;");
        for (String metric : METRICS) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(metric);
            for (JsonNode run : runs) {
                if (run.hasNonNull(metric) && run.get(metric).asDouble() > 0) {
                    series.getData().add(new XYChart.Data<>(Math.log10(run.get("contacts").asDouble()),
                            Math.log10(run.get(metric).asDouble())));
                }
            }
            chart.getData().add(series);
        }
        decades(contacts, chart.getData().stream().flatMap(series -> series.getData().stream())
                .mapToDouble(point -> point.getXValue().doubleValue()).toArray());
        decades(value, chart.getData().stream().flatMap(series -> series.getData().stream())
                .mapToDouble(point -> point.getYValue().doubleValue()).toArray());
        return chart;
    }

    /** Whole decades around the values, one tick each: 100, 1,000, 10,000 rather than 562 or 1,778. */
    private static void decades(NumberAxis axis, double[] logs) {
        if (logs.length == 0) {
            return;
        }
        axis.setAutoRanging(false);
        double lower = Math.floor(Arrays.stream(logs).min().orElseThrow());
        axis.setLowerBound(lower);
        axis.setUpperBound(Math.max(lower + 1, Math.ceil(Arrays.stream(logs).max().orElseThrow())));
        axis.setTickUnit(1);
        axis.setMinorTickCount(0);
    }

    private static NumberAxis logAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number log) {
                return String.format(Locale.ROOT, "%,.0f", Math.pow(10, log.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Math.log10(Double.parseDouble(text.replace(",", "")));
            }
        });
        return axis;
    }

    private static void startToolkit() throws InterruptedException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyStarted) {
            started.complete(null);
        }
        started.join();
    }

    private static void write(WritableImage image, Path png) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png", png.toFile());
    }

    /** {@code GrowthChart <folder>}: redraws the chart from the results already there. */
    public static void main(String[] args) throws Exception {
        System.out.println("Drawn: " + draw(Path.of(args.length > 0 ? args[0] : "target/bench-growth")));
        Platform.exit();
    }
}
