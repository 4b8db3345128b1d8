package app.rapport.service;

/** How an import reports its progress and learns that the user pressed Cancel. */
public interface ImportProgress {

    void worked(int done, int total);

    boolean isCancelled();

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void worked(int done, int total) {
            // Nobody is watching: the command line and tests wait for the result.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
