package app.rapport.store;

import static app.rapport.store.jooq.Tables.CONTACT;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.INTERACTION_CONTACT;
import static app.rapport.store.jooq.Tables.LINK;
import static app.rapport.store.jooq.Tables.LINK_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries that run per contact (its page, and the re-evaluation after every change) and the queue's
 * "what is open" read use an index, as H2's EXPLAIN shows: at 30,000 contacts a table scan on any of them
 * would be felt on every click. The whole-store reads (rule inputs, summaries) scan on purpose.
 */
class IndexUseTest {

    @TempDir
    Path dir;

    @Test
    void perContactQueriesAndTheOpenQueueUseIndexes() throws Exception {
        Store.open(dir).close();
        try (Connection connection = DriverManager.getConnection(StoreConnections.jdbcUrl(dir), "sa", "")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            assertThat(plan(dsl, dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(1L)))).contains("PRIMARY_KEY");
            // These have an index of their own and the foreign key's; either will do.
            plan(dsl, dsl.selectFrom(INTERACTION_CONTACT).where(INTERACTION_CONTACT.CONTACT_ID.eq(1L)));
            plan(dsl, dsl.selectFrom(LINK).where(LINK.CONTACT_ID.eq(1L)));
            plan(dsl, dsl.selectFrom(LINK_CHANGE).where(LINK_CHANGE.CONTACT_ID.eq(1L)));
            plan(dsl, dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CONTACT_ID.eq(1L)));
            assertThat(plan(dsl, dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.STATUS.eq("OPEN"))
                    .orderBy(FOLLOW_UP.DUE, FOLLOW_UP.ID))).contains("IX_FOLLOW_UP_STATUS_DUE");
            assertThat(plan(dsl, dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.TRIGGER_KEY.eq("F4:2026-11-23"))))
                    .contains("IX_FOLLOW_UP_TRIGGER");
        }
    }

    /** H2's plan names the index it reads in a comment ("/* PUBLIC.IX_..."), or says tableScan. */
    private static String plan(DSLContext dsl, Query query) {
        String plan = dsl.explain(query).plan();
        assertThat(plan).contains("/* PUBLIC.").doesNotContain("tableScan");
        return plan;
    }
}
