package app.rapport.store;

import org.jooq.DSLContext;

/** The repositories, bound to one open transaction. */
public final class StoreTransaction {

    private final DSLContext dsl;

    StoreTransaction(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ContactRepository contacts() {
        return new ContactRepository(dsl);
    }

    public InteractionRepository interactions() {
        return new InteractionRepository(dsl);
    }

    public SettingRepository settings() {
        return new SettingRepository(dsl);
    }
}
