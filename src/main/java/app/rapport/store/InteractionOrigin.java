package app.rapport.store;

/**
 * Where a stored interaction came from: typed by hand (all null), or a file's, with the key that tells a later
 * import of the same file it is there already and the import that added it (for that import's undo).
 */
public record InteractionOrigin(String source, String sourceKey, String importRun) {

    /** Logged by the user. */
    public static final InteractionOrigin TYPED = new InteractionOrigin(null, null, null);
}
