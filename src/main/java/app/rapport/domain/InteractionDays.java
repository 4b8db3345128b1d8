package app.rapport.domain;

/**
 * A contact's interactions held as a day and a kind each, for a rule that reads nothing else of them: it can
 * go through them without an interaction and a date made of each.
 */
public interface InteractionDays {

    int size();

    /** The day of the interaction at {@code index}, as {@link java.time.LocalDate#toEpochDay()} gives it. */
    int epochDay(int index);

    InteractionKind kind(int index);
}
