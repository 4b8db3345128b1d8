package app.rapport.store;

import java.util.Arrays;
import java.util.Collection;

import org.jooq.DSLContext;

/** The repositories, bound to one open transaction. */
public final class StoreTransaction {

    private final DSLContext dsl;
    private final WriteTracker writes;

    /** {@code writes} is null for a transaction that is always rolled back: it changes nothing to tell. */
    StoreTransaction(DSLContext dsl, WriteTracker writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    /** Says that this transaction changes these contacts (or what hangs on them: links, interactions, follow-ups). */
    public void touched(long... contactIds) {
        touched(Arrays.stream(contactIds).boxed().toList());
    }

    public void touched(Collection<Long> contactIds) {
        if (writes != null) {
            writes.touch(said -> said.withContacts(contactIds));
        }
    }

    /** Says that this transaction changes the settings: rules, platforms, templates, the user's name. */
    public void touchedSettings() {
        if (writes != null) {
            writes.touch(Touched::withSettings);
        }
    }

    /** Says that this transaction writes only what no page shows (the window's size, say). */
    public void touchedNothingShown() {
        if (writes != null) {
            writes.touch(said -> said);
        }
    }

    public ContactRepository contacts() {
        return new ContactRepository(dsl);
    }

    public InteractionRepository interactions() {
        return new InteractionRepository(dsl, writes);
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
