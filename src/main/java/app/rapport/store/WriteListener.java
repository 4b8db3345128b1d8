package app.rapport.store;

/** Hears about the store's transactions ending, on the thread that ran them. */
public interface WriteListener {

    /**
     * The outermost transaction on this thread ended; {@code committedWrite} when it wrote and committed, with what
     * it said it changed ({@code null} when it said nothing, so anything may have changed).
     */
    void transactionEnded(boolean committedWrite, Touched touched);

    /** The whole database was replaced (a restore): whatever was read before is stale. */
    void replaced();
}
