package app.rapport.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.ObservableMap;

import app.rapport.domain.FieldError;
import app.rapport.service.ValidationException;
import app.rapport.store.StoreWriteException;

/**
 * Saving a form through a service, off the FX thread: rule violations go to their fields, any other failure to
 * the whole form, and what the user typed stays in the form either way.
 */
public final class FormSave {

    /** Key in a form's error map of a problem that is not about one field, such as a store failure. */
    public static final String WHOLE_FORM = "form";

    private FormSave() {
    }

    /**
     * Runs {@code save} through {@code tasks}; back on the FX thread, {@code saved} gets what it returned, or
     * {@code errors} what went wrong and {@code failed} runs (to bring the first error into view).
     */
    public static <T> void run(TaskRunner tasks, ObservableMap<String, String> errors, String what, Supplier<T> save,
                               Consumer<T> saved, Runnable failed) {
        errors.clear();
        tasks.run(save, saved, error -> {
            if (error instanceof ValidationException invalid) {
                for (FieldError field : invalid.errors()) {
                    errors.merge(field.field(), field.message(), (first, second) -> first + " " + second);
                }
            } else if (error instanceof StoreWriteException) {
                errors.put(WHOLE_FORM, error.getMessage());
            } else {
                errors.put(WHOLE_FORM, "The " + what + " could not be saved: " + error.getMessage());
            }
            failed.run();
        });
    }
}
