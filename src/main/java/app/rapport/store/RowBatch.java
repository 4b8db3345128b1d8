package app.rapport.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

import org.jooq.DSLContext;
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
        if (writes != null) {
            writes.wroteDirectly(insert, contacts);
        }
        String sql = dsl.render(insert);
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < count; i++) {
                    row.bind(statement, i);
                    statement.addBatch();
                    if ((i + 1) % ROWS_PER_EXECUTE == 0) {
                        checkpoint.run();
                        statement.executeBatch();
                    }
                }
                checkpoint.run();
                statement.executeBatch();
            } catch (SQLException e) {
                throw new DataAccessException("Inserting " + count + " rows failed: " + e.getMessage(), e);
            }
        });
    }
}
