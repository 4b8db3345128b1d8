package app.rapport.store;

import static app.rapport.store.jooq.Tables.PLATFORM;

import java.util.List;

import app.rapport.domain.Platform;
import app.rapport.domain.Sphere;
import org.jooq.DSLContext;

/** The user's platforms, in their chosen order. */
public final class PlatformRepository {

    private final DSLContext dsl;

    PlatformRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Platform> all() {
        return dsl.selectFrom(PLATFORM).orderBy(PLATFORM.POSITION, PLATFORM.ID)
                .fetch(r -> new Platform(r.getId(), r.getName(), Sphere.valueOf(r.getSphere()), r.getPosition(),
                        r.getHidden()));
    }

    public void insert(Platform platform) {
        dsl.insertInto(PLATFORM)
                .set(PLATFORM.ID, platform.id())
                .set(PLATFORM.NAME, platform.name())
                .set(PLATFORM.SPHERE, platform.sphere().name())
                .set(PLATFORM.POSITION, platform.position())
                .set(PLATFORM.HIDDEN, platform.hidden())
                .execute();
    }

    public void update(Platform platform) {
        dsl.update(PLATFORM)
                .set(PLATFORM.NAME, platform.name())
                .set(PLATFORM.SPHERE, platform.sphere().name())
                .set(PLATFORM.POSITION, platform.position())
                .set(PLATFORM.HIDDEN, platform.hidden())
                .where(PLATFORM.ID.eq(platform.id()))
                .execute();
    }
}
