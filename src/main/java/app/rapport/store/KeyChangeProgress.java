package app.rapport.store;

/**
 * Told how far a change of the data's password has got. Whatever it throws stops the change, and nothing is
 * changed then; past {@link Step#REPLACING}, it no longer stops.
 */
@FunctionalInterface
public interface KeyChangeProgress {

    /** Where the change is. */
    enum Step {
        /** {@code done} of the data file's {@code total} bytes are re-encrypted into a copy. */
        ENCRYPTING,
        /** The copy is whole, and is opened with the new password to check it. */
        CHECKING,
        /** The checked copy is about to take the old file's place: the last moment the change stops. */
        REPLACING
    }

    void at(Step step, long done, long total);

    KeyChangeProgress NONE = (step, done, total) -> {
        // Nobody is watching: the recovery and tests wait for the result.
    };
}
