package app.rapport.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import app.rapport.Launcher;
import app.rapport.ui.contacts.ContactRow;

/**
 * Starts Rapport exactly as its launcher does, on the given data folder, and reports from the inside: READY
 * when the main window is showing with the contacts table filled (the contacts page is clicked the moment the
 * window shows, as a user going straight to their contacts would); then PAGE lines, the first visit of each
 * other page (click to laid out with its data), OPEN lines, Enter on a contacts row to that contact's page laid
 * out, and the memory after all that.
 */
public final class StartupProbe {

    private static final List<String> PAGES = List.of("nav-readiness", "nav-follow-ups", "nav-collisions",
            "nav-settings", "nav-home");
    private static final int CONTACTS_OPENED = 50;

    private static final long POLL_MILLIS = 5;
    private static final int QUIET_CHECKS = 4;

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
                // Home showed at start-up and Contacts for READY: these are the first visits of the others.
                for (String page : PAGES) {
                    double millis = settle(scene, () -> ((ToggleButton) scene.lookup("#" + page)).fire(), s -> true);
                    System.out.printf(Locale.ROOT, "%s %s %.1f%n", StartupBench.PAGE, page, millis);
                    mark(page + " loaded");
                }
                settle(scene, () -> ((ToggleButton) scene.lookup("#nav-contacts")).fire(), s -> true);
                openContacts(scene);
                mark("contacts opened");
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
            Thread.sleep(TimeUnit.MINUTES.toMillis(4));
            System.err.println("[probe] gave up after four minutes");
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
     * Enter on {@link #CONTACTS_OPENED} rows spread over the contacts table, each timed until that contact's page
     * is laid out with its name, then back to the table.
     */
    private static void openContacts(Scene scene) throws Exception {
        TableView<?> table = (TableView<?>) scene.lookup("#contacts-table");
        int rows = table.getItems().size();
        for (int i = 0; i < CONTACTS_OPENED; i++) {
            int index = (int) ((long) i * rows / CONTACTS_OPENED);
            String name = ((ContactRow) table.getItems().get(index)).summary().displayName();
            double millis = settle(scene, () -> {
                table.getSelectionModel().clearAndSelect(index);
                table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                        false));
            }, s -> s.lookup("#contact-page-name") instanceof Label label && label.getText().equals(name));
            System.out.printf(Locale.ROOT, "%s %.1f%n", StartupBench.OPEN, millis);
            settle(scene, () -> ((ButtonBase) scene.lookup("#contact-back")).fire(),
                    s -> s.lookup("#contacts-table") != null);
        }
    }

    /**
     * Milliseconds from {@code click} on the FX thread until Rapport's background threads are idle, the FX
     * thread has taken in what they handed back, the scene passes {@code shown}, and a layout pulse has run
     * after all that. Idle means parked on their empty queues for {@link #QUIET_CHECKS} checks in a row
     * {@link #POLL_MILLIS} apart, so a time includes up to about 25 ms of watching.
     */
    private static double settle(Scene scene, Runnable click, Predicate<Scene> shown) throws Exception {
        long[] start = new long[1];
        WindowWatch.onFx(() -> {
            start[0] = System.nanoTime();
            click.run();
        });
        while (true) {
            int quiet = 0;
            while (quiet < QUIET_CHECKS) {
                Thread.sleep(POLL_MILLIS);
                quiet = backgroundIdle() ? quiet + 1 : 0;
            }
            WindowWatch.onFx(() -> { });
            boolean[] passes = new boolean[1];
            WindowWatch.onFx(() -> passes[0] = shown.test(scene));
            if (passes[0]) {
                break;
            }
            if ((System.nanoTime() - start[0]) > TimeUnit.SECONDS.toNanos(30)) {
                throw new IllegalStateException("The page did not show within 30 s");
            }
        }
        CompletableFuture<Long> pulse = new CompletableFuture<>();
        WindowWatch.onFx(() -> {
            Runnable listener = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    pulse.complete(System.nanoTime());
                }
            };
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        return (pulse.get(30, TimeUnit.SECONDS) - start[0]) / 1e6;
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
