package app.rapport.ui;

import app.rapport.service.ValidationException;

/** Turns a failed load or save into words for the user, the same way on every page. */
public final class Problems {

    private Problems() {
    }

    /** The problem itself, in the words of whoever found it. */
    public static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    public static String saveFailed(Throwable error) {
        // Validation messages, and the domain records' own checks, already say what is wrong and how to fix it.
        if (error instanceof ValidationException || error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        return describe(error) + " Nothing was changed.";
    }

    public static String loadFailed(String what, Throwable error) {
        return "Could not read " + what + ": " + describe(error);
    }
}
