package app.rapport.store;

import static app.rapport.store.jooq.Tables.APP_SETTING;

import java.util.Optional;

import org.jooq.DSLContext;

/** Named string values: preferences and remembered UI state. */
public final class SettingRepository {

    private final DSLContext dsl;

    SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(String name, String value) {
        dsl.insertInto(APP_SETTING)
                .set(APP_SETTING.SETTING_NAME, name)
                .set(APP_SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate()
                .set(APP_SETTING.SETTING_VALUE, value)
                .execute();
    }
}
