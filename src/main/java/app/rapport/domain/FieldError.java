package app.rapport.domain;

/** A problem with one field of a form, in words a user understands. */
public record FieldError(String field, String message) {
}
