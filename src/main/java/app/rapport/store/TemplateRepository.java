package app.rapport.store;

import static app.rapport.store.jooq.Tables.MESSAGE_TEMPLATE;

import java.util.List;

import app.rapport.domain.MessageTemplate;
import org.jooq.DSLContext;

/** The user's message templates. */
public final class TemplateRepository {

    private final DSLContext dsl;

    TemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MessageTemplate> all() {
        return dsl.selectFrom(MESSAGE_TEMPLATE).orderBy(MESSAGE_TEMPLATE.POSITION)
                .fetch(r -> new MessageTemplate(r.getId(), r.getName(), r.getBody()));
    }

    public boolean updateBody(String id, String body) {
        return dsl.update(MESSAGE_TEMPLATE).set(MESSAGE_TEMPLATE.BODY, body).where(MESSAGE_TEMPLATE.ID.eq(id))
                .execute() == 1;
    }
}
