package app.rapport.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

import app.rapport.Launcher;

/**
 * Starts Rapport exactly as its launcher does, on the given data folder, and reports from the inside: READY
 * when the main window is showing with the contacts table filled (the contacts page is clicked the moment the
 * window shows, as a user going straight to their contacts would), then the memory after every page has been
 * opened and has loaded.
 */
public final class StartupProbe {

    private static final List<String> PAGES = List.of("nav-home", "nav-contacts", "nav-readiness", "nav-follow-ups",
            "nav-collisions", "nav-settings");

    private StartupProbe() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(() -> {
            try {
                Scene scene = WindowWatch.await(s -> s.getRoot().getStyleClass().contains("main-window"));
                mark("main window showing");
                WindowWatch.onFx(() -> ((ToggleButton) scene.lookup("#nav-contacts")).fire());
                WindowWatch.await(s -> s.lookup("#contacts-table") instanceof TableView<?> table
                        && !table.getItems().isEmpty());
                System.out.println(StartupBench.READY);
                mark("contacts table filled");
                for (String page : PAGES) {
                    WindowWatch.onFx(() -> ((ToggleButton) scene.lookup("#" + page)).fire());
                    awaitIdle();
                    mark(page + " loaded");
                }
                System.gc();
                System.gc();
                Thread.sleep(500);
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.println(StartupBench.MEMORY + " " + heap / (1024 * 1024) + " " + rssMegabytes());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        Thread.ofPlatform().daemon().start(StartupProbe::giveUpLater);
        Launcher.main(args);
    }

    /** A run that hangs (a dialog nobody answers, say) must fail the benchmark, not stall it. */
    private static void giveUpLater() {
        try {
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
            System.err.println("[probe] gave up after two minutes");
            Runtime.getRuntime().halt(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where the time went, in the run's log: milliseconds since the JVM started. */
    private static void mark(String moment) {
        System.err.printf("[probe] %6d ms  %s%n", ManagementFactory.getRuntimeMXBean().getUptime(), moment);
    }

    /**
     * Rapport's background threads (the one for changes, those for reads) are parked on their empty queues,
     * and the FX thread has caught up: reads of one page hand their results back one after another.
     */
    private static void awaitIdle() throws Exception {
        int quiet = 0;
        while (quiet < 5) {
            Thread.sleep(20);
            quiet = backgroundIdle() ? quiet + 1 : 0;
        }
        WindowWatch.onFx(() -> { });
        WindowWatch.onFx(() -> { });
    }

    private static boolean backgroundIdle() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            String name = thread.getKey().getName();
            if (name.equals("rapport-background") || name.equals("rapport-read")) {
                boolean waitingForWork = Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName()
                        .equals("java.util.concurrent.LinkedBlockingQueue")
                        || frame.getClassName().equals("java.util.concurrent.SynchronousQueue"));
                if (!waitingForWork) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long rssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IOException("No VmRSS in /proc/self/status");
    }
}
