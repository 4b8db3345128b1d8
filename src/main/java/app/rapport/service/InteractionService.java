package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.FieldError;
import app.rapport.domain.Interaction;
import app.rapport.store.Store;

/** Logging, editing and deleting interactions; a deleted one can be put back (undo). */
public final class InteractionService {

    public static final int NOTES_MAX = 20_000;

    private final Store store;
    private final Clock clock;

    public InteractionService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Interaction log(Interaction interaction) {
        validate(interaction);
        long id = store.transact(tx -> {
            long newId = tx.interactions().insert(interaction);
            FollowUpQueue.reevaluate(tx, interaction.contactId(), LocalDate.now(clock));
            return newId;
        });
        return new Interaction(id, interaction.contactId(), interaction.on(), interaction.kind(), interaction.notes());
    }

    public void update(Interaction interaction) {
        validate(interaction);
        store.transactVoid(tx -> {
            tx.interactions().update(interaction);
            FollowUpQueue.reevaluate(tx, interaction.contactId(), LocalDate.now(clock));
        });
    }

    public void delete(Interaction interaction) {
        store.transactVoid(tx -> {
            tx.interactions().delete(interaction.id());
            FollowUpQueue.reevaluate(tx, interaction.contactId(), LocalDate.now(clock));
        });
    }

    public void undoDelete(Interaction interaction) {
        store.transactVoid(tx -> {
            tx.interactions().reinsert(interaction);
            FollowUpQueue.reevaluate(tx, interaction.contactId(), LocalDate.now(clock));
        });
    }

    private void validate(Interaction interaction) {
        List<FieldError> errors = new ArrayList<>();
        if (interaction.on().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("on", "An interaction is something that happened: the date cannot be in the future."));
        }
        if (interaction.notes().length() > NOTES_MAX) {
            errors.add(new FieldError("notes", String.format("Notes can have at most %,d characters.", NOTES_MAX)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
