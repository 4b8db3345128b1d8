package app.rapport.store;

import static app.rapport.store.jooq.Tables.INTERACTION;

import app.rapport.domain.Interaction;
import org.jooq.DSLContext;

/** Interactions: the time spent with contacts. */
public final class InteractionRepository {

    private final DSLContext dsl;

    InteractionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(Interaction interaction) {
        return dsl.insertInto(INTERACTION)
                .set(INTERACTION.CONTACT_ID, interaction.contactId())
                .set(INTERACTION.HAPPENED_ON, interaction.on())
                .set(INTERACTION.KIND, interaction.kind().name())
                .set(INTERACTION.NOTES, interaction.notes())
                .returning(INTERACTION.ID)
                .fetchOne(INTERACTION.ID);
    }
}
