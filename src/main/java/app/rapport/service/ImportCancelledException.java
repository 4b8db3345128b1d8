package app.rapport.service;

/** The user cancelled an import; its transaction is rolled back, so the store is exactly as before. */
public final class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("The import was cancelled. Nothing was imported.");
    }
}
