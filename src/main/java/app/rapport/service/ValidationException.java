package app.rapport.service;

import java.util.List;
import java.util.stream.Collectors;

import app.rapport.domain.FieldError;

/** Input that breaks a rule; carries every problem at once so a form can mark all its fields. */
public final class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
