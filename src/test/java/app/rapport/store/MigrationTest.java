package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.RunScript;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.rapport.domain.Contact;
import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.Interaction;

/**
 * A store at every earlier schema version, made by that version's own migrations and filled from
 * {@code migration-fixtures/V<n>__data.sql}, is opened by this Rapport: it migrates to the latest version and keeps
 * every row. A new migration makes its predecessor an earlier version, so it fails here until that version has a
 * fixture too.
 */
class MigrationTest {

    private static final String FIXTURES = "/migration-fixtures/";
    private static final Pattern EXTENDS = Pattern.compile("-- extends V(\\d+)\\R");

    @TempDir
    Path dir;

    /** Every schema version this Rapport knows but the latest, oldest first. */
    static List<String> earlierVersions() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:versions");
        MigrationInfo[] all = StoreChecks.flyway(empty).info().all();
        List<String> versions = Arrays.stream(all).map(MigrationInfo::getVersion)
                .sorted(Comparator.naturalOrder()).map(Object::toString).toList();
        assertThat(versions).as("the migrations this Rapport knows").isNotEmpty();
        return versions.subList(0, versions.size() - 1);
    }

    @Test
    void everyEarlierVersionHasAFixture() {
        assertThat(earlierVersions()).as("schema versions before the latest").contains("1", "2")
                .allSatisfy(version -> assertThat(MigrationTest.class.getResource(fixture(version)))
                        .as("a fixture for schema version %s: add src/test/resources%s, made at that version",
                                version, fixture(version))
                        .isNotNull());
    }

    @Test
    void theStoreKnowsItsNewestSchemaVersionSoAnUpToDateStoreOpensWithoutFlyway() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:newest");
        MigrationInfo[] all = StoreChecks.flyway(empty).info().all();
        assertThat(all[all.length - 1].getVersion().toString())
                .as("StoreChecks.SCHEMA_VERSION, which decides when Flyway is needed at all")
                .isEqualTo(String.valueOf(StoreChecks.SCHEMA_VERSION));
    }

    @Test
    void onlyAStoreWhoseHistoryEndsWellAtThisVersionSkipsFlyway() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(StoreConnections.fileUrl(dir), "sa", "");
        try {
            assertThat(StoreChecks.isAtThisVersion(pool)).as("a new store").isFalse();
            try (var files = Files.list(dir)) {
                assertThat(files.map(file -> file.getFileName().toString()))
                        .as("no trace file from a failed query").noneMatch(name -> name.endsWith(".trace.db"));
            }
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("6").load().migrate();
            assertThat(StoreChecks.isAtThisVersion(pool)).as("a store at version 6").isFalse();
            StoreChecks.migrate(pool, dir);
            assertThat(StoreChecks.isAtThisVersion(pool)).as("after migrating").isTrue();
            try (Connection connection = pool.getConnection()) {
                DSL.using(connection, SQLDialect.H2).update(DSL.table(DSL.name("flyway_schema_history")))
                        .set(DSL.field(DSL.name("success"), Boolean.class), false)
                        .where(DSL.field(DSL.name("version"), String.class).eq("3")).execute();
            }
            assertThat(StoreChecks.isAtThisVersion(pool)).as("a failed step in its history").isFalse();
        } finally {
            pool.dispose();
        }
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("earlierVersions")
    void aStoreAtAnEarlierVersionMigratesKeepingEveryRow(String version) throws Exception {
        Map<String, List<Map<String, Object>>> before = interactionPeopleMoved(storeAt(version));

        try (Store store = Store.open(dir)) {
            Map<String, List<Map<String, Object>>> after = store.withConnection(MigrationTest::rows);
            assertThat(after.keySet()).as("tables after migrating").containsAll(before.keySet());
            before.forEach((table, rows) -> {
                List<Map<String, Object>> kept = after.get(table).stream()
                        .map(row -> onlyColumns(row, rows.isEmpty() ? row.keySet() : rows.getFirst().keySet()))
                        .toList();
                assertThat(kept).as("rows of %s after migrating from version %s", table, version)
                        .containsAll(rows);
            });
            assertThat(before.get("CONTACT")).as("the fixture holds contacts").hasSize(3);

            List<Contact> contacts = store.transact(tx -> tx.contacts().allFull());
            assertThat(contacts).extracting(Contact::displayName)
                    .containsExactly("Ada Lovelace", "Grace Hopper", "Old Acquaintance");
            assertThat(contacts.getFirst().emails()).containsExactly("ada@example.com", "ada@work.example");
            List<Interaction> interactions = store.transact(tx -> tx.interactions().all());
            // From version 11 on, the fixture also has two days of LinkedIn messages, kept in one row.
            assertThat(interactions).hasSize(Integer.parseInt(version) >= 11 ? 6 : 4);

            // The latest version's tables work, and new ids do not collide with the migrated ones.
            long added = store.transact(tx -> tx.contacts().insert(Contact.named("New After Migration",
                    LocalDate.of(2026, 11, 23))));
            assertThat(contacts).extracting(Contact::id).doesNotContain(added);
            store.transactVoid(tx -> tx.followUps().insert(new FollowUp(null, added, null, FollowUp.MANUAL,
                    "manual-1", "Say hello", "", LocalDate.of(2026, 11, 30), FollowUpStatus.OPEN,
                    LocalDate.of(2026, 11, 23))));
            List<FollowUp> followUps = store.transact(tx -> tx.followUps().ofContact(added));
            assertThat(followUps).extracting(FollowUp::title)
                    .containsExactly("Say hello");
        }
    }

    /**
     * Version 5 moved an interaction's one person from its own column to the interaction_contact table, so a
     * store from before it must have each interaction's person there after migrating.
     */
    private static Map<String, List<Map<String, Object>>> interactionPeopleMoved(
            Map<String, List<Map<String, Object>>> rows) {
        List<Map<String, Object>> interactions = rows.get("INTERACTION");
        if (interactions == null || interactions.isEmpty() || !interactions.getFirst().containsKey("CONTACT_ID")) {
            return rows;
        }
        Map<String, List<Map<String, Object>>> moved = new LinkedHashMap<>(rows);
        moved.put("INTERACTION", interactions.stream().map(row -> {
            Map<String, Object> kept = new LinkedHashMap<>(row);
            kept.remove("CONTACT_ID");
            return kept;
        }).toList());
        moved.put("INTERACTION_CONTACT", interactions.stream().map(row -> {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("INTERACTION_ID", row.get("ID"));
            link.put("CONTACT_ID", row.get("CONTACT_ID"));
            return link;
        }).toList());
        return moved;
    }

    /** Makes the store in {@link #dir} at {@code version} with that version's fixture data; returns its rows. */
    private Map<String, List<Map<String, Object>>> storeAt(String version) throws IOException, SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(StoreConnections.fileUrl(dir), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target(version).load().migrate();
            try (Connection connection = pool.getConnection()) {
                runFixture(connection, version);
                return rows(connection);
            }
        } finally {
            pool.dispose();
        }
    }

    /**
     * Runs a version's fixture. One that begins "-- extends Vn" holds what its version can hold beyond version n's
     * fixture, which runs first: a version that changed no data has a fixture of that one line.
     */
    private static void runFixture(Connection connection, String version) throws IOException, SQLException {
        String script;
        try (InputStream fixture = MigrationTest.class.getResourceAsStream(fixture(version))) {
            assertThat(fixture).as("fixture %s", fixture(version)).isNotNull();
            script = new String(fixture.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher extending = EXTENDS.matcher(script);
        if (extending.lookingAt()) {
            runFixture(connection, extending.group(1));
        }
        RunScript.execute(connection, new StringReader(script));
    }

    private static String fixture(String version) {
        return FIXTURES + "V" + version + "__data.sql";
    }

    /** Every row of every table of the schema (Flyway's own history aside), by table. */
    private static Map<String, List<Map<String, Object>>> rows(Connection connection) throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (found.next()) {
                names.add(found.getString("TABLE_NAME"));
            }
        }
        for (String name : names) {
            if (!name.equalsIgnoreCase("flyway_schema_history")) {
                tables.put(name, DSL.using(connection, SQLDialect.H2).selectFrom(DSL.table(DSL.name(name)))
                        .fetch().intoMaps().stream().map(MigrationTest::comparable).toList());
            }
        }
        return tables;
    }

    /** A row whose arrays (the days of LinkedIn messages) compare by their elements, as the other values do. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.replaceAll((column, value) -> value instanceof Object[] array ? List.of(array) : value);
        return values;
    }

    private static Map<String, Object> onlyColumns(Map<String, Object> row, Set<String> columns) {
        Map<String, Object> kept = new LinkedHashMap<>();
        columns.forEach(column -> kept.put(column, row.get(column)));
        return kept;
    }
}
