package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ordering the pages rely on: a read sees every change asked for before it, a slow read holds up neither
 * another page's read nor the changes, and one page's reads hand back their results in the order asked for.
 */
class BackgroundTaskRunnerTest {

    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner();
    private final List<String> handedBack = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aReadStartsAfterTheChangesAskedForBeforeIt() throws Exception {
        CountDownLatch changeMayEnd = new CountDownLatch(1);
        List<String> store = new CopyOnWriteArrayList<>();
        onFx(() -> {
            tasks.run(() -> {
                await(changeMayEnd);
                store.add("changed");
                return "change";
            }, handedBack::add, error -> { });
            tasks.read("page", () -> List.copyOf(store), seen -> handedBack.add("read saw " + seen), error -> { });
        });
        Thread.sleep(200);
        assertThat(handedBack).isEmpty();

        changeMayEnd.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 2);
        assertThat(handedBack).containsExactly("change", "read saw [changed]");
    }

    @Test
    void aSlowReadHoldsUpNeitherAnotherPagesReadNorAChange() throws Exception {
        CountDownLatch slowMayEnd = new CountDownLatch(1);
        onFx(() -> {
            tasks.read("home", () -> {
                await(slowMayEnd);
                return "home";
            }, handedBack::add, error -> { });
            tasks.read("contacts", () -> "contacts", handedBack::add, error -> { });
            tasks.run(() -> "change", handedBack::add, error -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 2);
        assertThat(handedBack).containsExactlyInAnyOrder("contacts", "change");

        slowMayEnd.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 3);
        assertThat(handedBack.getLast()).isEqualTo("home");
    }

    @Test
    void onePagesReadsHandBackInTheOrderAskedFor() throws Exception {
        CountDownLatch olderMayEnd = new CountDownLatch(1);
        onFx(() -> {
            tasks.read("page", () -> {
                await(olderMayEnd);
                return "older";
            }, handedBack::add, error -> { });
            tasks.read("page", () -> "newer", handedBack::add, error -> { });
        });
        Thread.sleep(200);
        assertThat(handedBack).as("the newer result waits for the older one").isEmpty();

        olderMayEnd.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 2);
        assertThat(handedBack).containsExactly("older", "newer");
    }

    @Test
    void aFailedReadIsHandedBackAsAFailureInItsTurn() throws Exception {
        onFx(() -> {
            tasks.read("page", () -> {
                throw new IllegalStateException("unreadable");
            }, result -> handedBack.add("result"), error -> handedBack.add(error.getMessage()));
            tasks.read("page", () -> "next", handedBack::add, error -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 2);
        assertThat(handedBack).containsExactly("unreadable", "next");
    }

    @Test
    void aReadThatCanWaitStartsLaterThanOneAskedForAfterIt() throws Exception {
        try (BackgroundTaskRunner waiting = new BackgroundTaskRunner(Duration.ofMillis(600))) {
            onFx(() -> {
                waiting.readLater("warm", () -> "later", handedBack::add, error -> { });
                waiting.read("page", () -> "page", handedBack::add, error -> { });
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 1);
            assertThat(handedBack).containsExactly("page");

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 2);
            assertThat(handedBack).containsExactly("page", "later");
        }
    }

    @Test
    void aReadThatCanWaitIsDroppedWhenTheRunnerHasClosedMeanwhile() throws Exception {
        BackgroundTaskRunner closing = new BackgroundTaskRunner(Duration.ofMillis(100));
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        onFx(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> handedBack.add("thrown: " + error));
            closing.readLater("warm", () -> "later", handedBack::add, error -> handedBack.add("failed"));
        });
        try {
            closing.close();
            Thread.sleep(400);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(handedBack).isEmpty();
        } finally {
            onFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
    }

    @Test
    void aKeyIsLetGoOnceItsReadsAreHandedBack() throws Exception {
        WeakReference<Object> held = readWithAKeyOfItsOwn();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> handedBack.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        for (int i = 0; i < 50 && held.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(held.get()).as("a read's key (once 30,000 contact rows) is not kept after the read").isNull();
    }

    private WeakReference<Object> readWithAKeyOfItsOwn() throws Exception {
        Object key = new Object();
        onFx(() -> tasks.read(key, () -> "read", handedBack::add, error -> { }));
        return new WeakReference<>(key);
    }

    private static void onFx(Runnable work) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            work.run();
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
