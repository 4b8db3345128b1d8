package app.rapport.ui.settings;

import app.rapport.service.ValidationException;

/** Turns a failed load or save into words for the user. */
final class Problems {

    private Problems() {
    }

    static String saveFailed(Throwable error) {
        // Validation messages, and the domain records' own checks, already say what is wrong and how to fix it.
        if (error instanceof ValidationException || error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        return detail(error) + " Nothing was changed.";
    }

    static String loadFailed(Throwable error) {
        return "Could not read your settings: " + detail(error);
    }

    private static String detail(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
