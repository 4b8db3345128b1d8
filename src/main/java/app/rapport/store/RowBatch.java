package app.rapport.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Insert;
import org.jooq.exception.DataAccessException;

/**
 * One insert, rendered by jOOQ, run through JDBC for many rows as one batch. For imports of a hundred thousand
 * rows: jOOQ's own batch converts every value through its bindings, which was a third of the time of writing
 * a LinkedIn messages.csv. The write tracker is told of the insert as jOOQ tells it of every other statement.
 */
final class RowBatch {

    /** Binds the values of row {@code index}, in the order of the insert's columns, from 1. */
    @FunctionalInterface
    interface Row {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    static final int ROWS_PER_EXECUTE = 5_000;

    private RowBatch() {
    }

    /**
     * {@code contacts} are those whose rows the insert writes, as {@link WriteTracker#nextStatementTouches} is
     * told; null when the rows belong to no one yet. {@code writes} is null in a transaction that is rolled back.
     * {@code checkpoint} runs before each part of the batch is sent: an import's Cancel, which stops the insert
     * by throwing, so that the user does not wait for 200,000 rows to be written before they are rolled back.
     */
    static void insert(DSLContext dsl, WriteTracker writes, Insert<?> insert, int count, Set<Long> contacts,
            Runnable checkpoint, Row row) {
        send(dsl, writes, insert, count, contacts, checkpoint, row, null);
    }

    /**
     * As {@link #insert}, and gives the values the database generated for {@code key}, in the order of the rows:
     * the batch's own generated keys, so that no query has to find the new rows again.
     */
    static long[] insertReturning(DSLContext dsl, WriteTracker writes, Insert<?> insert, int count,
            Set<Long> contacts, Runnable checkpoint, Row row, Field<Long> key) {
        long[] keys = new long[count];
        send(dsl, writes, insert, count, contacts, checkpoint, row, new Keys(key.getName(), keys));
        return keys;
    }

    private record Keys(String column, long[] values) {
    }

    private static void send(DSLContext dsl, WriteTracker writes, Insert<?> insert, int count, Set<Long> contacts,
            Runnable checkpoint, Row row, Keys keys) {
        if (writes != null) {
            writes.wroteDirectly(insert, contacts);
        }
        String sql = dsl.render(insert);
        dsl.connection(connection -> {
            try (PreparedStatement statement = keys == null ? connection.prepareStatement(sql)
                    : connection.prepareStatement(sql, new String[] {keys.column()})) {
                int sent = 0;
                for (int i = 0; i < count; i++) {
                    row.bind(statement, i);
                    statement.addBatch();
                    if ((i + 1) % ROWS_PER_EXECUTE == 0) {
                        checkpoint.run();
                        sent = execute(statement, keys, sent);
                    }
                }
                checkpoint.run();
                sent = execute(statement, keys, sent);
                if (keys != null && sent != count) {
                    throw new SQLException("The database gave " + sent + " generated keys for " + count + " rows");
                }
            } catch (SQLException e) {
                throw new DataAccessException("Inserting " + count + " rows failed: " + e.getMessage(), e);
            }
        });
    }

    /** Sends the rows added since the last part; returns how many keys have been taken so far. */
    private static int execute(PreparedStatement statement, Keys keys, int taken) throws SQLException {
        statement.executeBatch();
        if (keys == null) {
            return taken;
        }
        int next = taken;
        try (ResultSet generated = statement.getGeneratedKeys()) {
            while (generated.next()) {
                if (next == keys.values().length) {
                    throw new SQLException("The database gave more generated keys than rows");
                }
                keys.values()[next++] = generated.getLong(1);
            }
        }
        return next;
    }
}
