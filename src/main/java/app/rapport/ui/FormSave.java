package app.rapport.ui;

import javafx.collections.ObservableMap;

import app.rapport.domain.FieldError;
import app.rapport.service.ValidationException;
import app.rapport.store.StoreWriteException;

/**
 * Saving a form through a service: rule violations go to their fields, any other failure to the whole form,
 * and what the user typed stays in the form either way.
 */
public final class FormSave {

    /** Key in a form's error map of a problem that is not about one field, such as a store failure. */
    public static final String WHOLE_FORM = "form";

    private FormSave() {
    }

    public static boolean run(ObservableMap<String, String> errors, String what, Runnable save) {
        try {
            save.run();
            return true;
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                errors.merge(error.field(), error.message(), (first, second) -> first + " " + second);
            }
            return false;
        } catch (StoreWriteException e) {
            errors.put(WHOLE_FORM, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            errors.put(WHOLE_FORM, "The " + what + " could not be saved: " + e.getMessage());
            return false;
        }
    }
}
