package app.rapport.service;

/**
 * How long work the user waits for (a backup, a restore, an export) reports what it is doing and how far it got,
 * and learns that the user pressed Cancel.
 */
public interface WorkProgress {

    /**
     * {@code step} says what is being done ("Reading the backup"); {@code done} of {@code total} of it, or a
     * {@code total} of 0 when it cannot tell how far it is.
     */
    void worked(String step, long done, long total);

    boolean isCancelled();

    /** Stops the work where it is, with {@code message} saying what was kept, once Cancel was pressed. */
    default void stopIfCancelled(String message) {
        if (isCancelled()) {
            throw new WorkCancelledException(message);
        }
    }

    WorkProgress NONE = new WorkProgress() {
        @Override
        public void worked(String step, long done, long total) {
            // Nobody is watching: the command line, the daily backup and tests wait for the result.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
