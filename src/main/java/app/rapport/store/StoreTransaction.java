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

    public PlatformRepository platforms() {
        return new PlatformRepository(dsl);
    }

    public LinkRepository links() {
        return new LinkRepository(dsl);
    }

    public FollowUpRepository followUps() {
        return new FollowUpRepository(dsl);
    }

    public TemplateRepository templates() {
        return new TemplateRepository(dsl);
    }

    public SettingRepository settings() {
        return new SettingRepository(dsl);
    }
}
