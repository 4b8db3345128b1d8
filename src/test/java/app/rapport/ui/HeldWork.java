package app.rapport.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds a background task's thread where it reports its progress, the first time it is somewhere the test asked
 * for, until the test lets it go: to look at the window mid-way and press Cancel, on a real background thread.
 */
public final class HeldWork {

    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean first = new AtomicBoolean(true);

    /** On the work's thread: waits here the first time {@code here} is true, until {@link #release}. */
    public void holdIf(boolean here) {
        if (here && first.getAndSet(false)) {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the work got to where it is held, within a minute. */
    public boolean reached() throws InterruptedException {
        return held.await(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Lets the work go on; also after a failed test, so that its thread ends. */
    public void release() {
        release.countDown();
    }
}
