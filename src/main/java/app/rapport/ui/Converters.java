package app.rapport.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

import app.rapport.domain.ContactSummary;

/** How choices read in combo boxes. They are picked from lists, never parsed from typed text. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> labelled(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** "Ada Lovelace — Analytical Engines": the organization tells two people of the same name apart. */
    public static StringConverter<ContactSummary> contactName() {
        return labelled(contact -> contact.organization().isBlank() ? contact.displayName()
                : contact.displayName() + " \u2014 " + contact.organization());
    }
}
