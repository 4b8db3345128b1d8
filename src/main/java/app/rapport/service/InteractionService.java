package app.rapport.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.rapport.domain.FieldError;
import app.rapport.domain.Interaction;
import app.rapport.store.InteractionOrigin;
import app.rapport.store.RuleInputs;
import app.rapport.store.Store;
import app.rapport.store.StoreTransaction;

/**
 * Logging, editing and deleting interactions, with one person or several; a deleted one can be put back (undo).
 * An interaction with several people is one stored interaction: editing or deleting it does so for all of them,
 * and every one of them is re-evaluated.
 */
public final class InteractionService {

    public static final int NOTES_MAX = 20_000;

    private final Store store;
    private final Clock clock;

    public InteractionService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores it with everyone in {@link Interaction#participants()}; returns it with its id. */
    public Interaction log(Interaction interaction) {
        validate(interaction);
        RuleInputs committed = store.ruleInputs();
        long id = store.transact(tx -> {
            long newId = tx.interactions().insert(interaction);
            FollowUpQueue.reevaluateAfterInteractions(tx, committed, interaction.participants(),
                    LocalDate.now(clock));
            return newId;
        });
        return interaction.withId(id);
    }

    /** Rewrites it for everyone, and who it was with: people taken off it are re-evaluated too. */
    public void update(Interaction interaction) {
        validate(interaction);
        RuleInputs committed = store.ruleInputs();
        store.transactVoid(tx -> {
            Set<Long> touched = new LinkedHashSet<>(participantsNow(tx, interaction.id()));
            tx.interactions().update(interaction);
            touched.addAll(interaction.participants());
            FollowUpQueue.reevaluateAfterInteractions(tx, committed, List.copyOf(touched), LocalDate.now(clock));
        });
    }

    /** Deletes it for everyone it was with; what it returns puts it back ({@link #undoDelete}). */
    public DeletedInteraction delete(Interaction interaction) {
        RuleInputs committed = store.ruleInputs();
        return store.transact(tx -> {
            List<Long> touched = participantsNow(tx, interaction.id());
            InteractionOrigin origin = tx.interactions().originOf(interaction.id());
            tx.interactions().delete(interaction.id());
            FollowUpQueue.reevaluateAfterInteractions(tx, committed, touched, LocalDate.now(clock));
            return new DeletedInteraction(interaction, origin);
        });
    }

    /** Puts back what {@link #delete} removed, for everyone it was with, from where it came. */
    public void undoDelete(DeletedInteraction deleted) {
        Interaction interaction = deleted.interaction();
        RuleInputs committed = store.ruleInputs();
        store.transactVoid(tx -> {
            tx.interactions().reinsert(interaction, deleted.origin());
            FollowUpQueue.reevaluateAfterInteractions(tx, committed, interaction.participants(),
                    LocalDate.now(clock));
        });
    }

    private static List<Long> participantsNow(StoreTransaction tx, Long id) {
        return id == null ? List.of() : tx.interactions().find(id).map(Interaction::participants).orElse(List.of());
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
