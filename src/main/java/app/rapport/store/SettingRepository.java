package app.rapport.store;

import static app.rapport.store.jooq.Tables.APP_SETTING;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.Settings;
import app.rapport.domain.Worlds;
import org.jooq.DSLContext;

/** Named string values: the rule settings, preferences and remembered UI state. */
public final class SettingRepository {

    private static final String WORLDS = "rules.worlds";
    private static final String LINKEDIN_STYLE = "rules.linkedInStyle";
    private static final String JOB_SEEKING = "rules.jobSeeking";
    private static final String GET_TO_KNOW_DAYS = "rules.getToKnowDays";
    private static final String STRONG_NEEDED = "rules.strongInteractionsNeeded";
    private static final String REPLY_WINDOW_DAYS = "rules.replyWindowDays";
    private static final String NO_ANSWER_DAYS = "rules.noAnswerDays";

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

    /** The rule settings; any that were never changed keep PRODUCT.md's defaults. */
    public Settings ruleSettings() {
        Map<String, String> stored = dsl.selectFrom(APP_SETTING).where(APP_SETTING.SETTING_NAME.startsWith("rules."))
                .stream().collect(Collectors.toMap(r -> r.getSettingName(), r -> r.getSettingValue()));
        Settings d = Settings.defaults();
        return new Settings(
                enumOr(stored.get(WORLDS), Worlds.class, d.worlds()),
                enumOr(stored.get(LINKEDIN_STYLE), LinkedInStyle.class, d.linkedInStyle()),
                stored.containsKey(JOB_SEEKING) ? Boolean.parseBoolean(stored.get(JOB_SEEKING)) : d.jobSeeking(),
                intOr(stored.get(GET_TO_KNOW_DAYS), d.getToKnowDays()),
                intOr(stored.get(STRONG_NEEDED), d.strongInteractionsNeeded()),
                intOr(stored.get(REPLY_WINDOW_DAYS), d.replyWindowDays()),
                intOr(stored.get(NO_ANSWER_DAYS), d.noAnswerDays()));
    }

    public void putRuleSettings(Settings settings) {
        put(WORLDS, settings.worlds().name());
        put(LINKEDIN_STYLE, settings.linkedInStyle().name());
        put(JOB_SEEKING, Boolean.toString(settings.jobSeeking()));
        put(GET_TO_KNOW_DAYS, Integer.toString(settings.getToKnowDays()));
        put(STRONG_NEEDED, Integer.toString(settings.strongInteractionsNeeded()));
        put(REPLY_WINDOW_DAYS, Integer.toString(settings.replyWindowDays()));
        put(NO_ANSWER_DAYS, Integer.toString(settings.noAnswerDays()));
    }

    private static <E extends Enum<E>> E enumOr(String value, Class<E> type, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int intOr(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            // A period or count below zero means nothing; a hand-edited store must not stop every verdict.
            return parsed < 0 ? fallback : parsed;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
