package app.rapport.store;

import java.nio.file.Path;

/** Test helper: is the data folder's instance lock free right now? */
final class InstanceLockProbe {

    private InstanceLockProbe() {
    }

    static boolean isFree(Path dir) {
        try (InstanceLock lock = InstanceLock.acquire(dir)) {
            return lock != null;
        } catch (StoreInUseException e) {
            return false;
        }
    }
}
