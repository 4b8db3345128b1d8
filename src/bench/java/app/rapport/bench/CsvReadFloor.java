package app.rapport.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor for an import: H2 reading the same rows with its own CSVREAD into one bare table, in a fresh file
 * database. This is the only SQL written as a string in Rapport's Java: it measures H2 itself, not Rapport,
 * so it must not go through jOOQ or the store.
 */
final class CsvReadFloor {

    private CsvReadFloor() {
    }

    /** Milliseconds for the bulk insert alone; the database and the table are made before the clock starts. */
    static double once(Path dir, Path bareCsv) {
        String url = "jdbc:h2:file:" + dir.resolve("floor").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE connection (first_name VARCHAR(100), last_name VARCHAR(100), "
                    + "url VARCHAR(500), email VARCHAR(320), company VARCHAR(200), position VARCHAR(200), "
                    + "connected_on VARCHAR(20))");
            String insert = "INSERT INTO connection SELECT * FROM CSVREAD('"
                    + bareCsv.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')";
            long start = System.nanoTime();
            statement.executeUpdate(insert);
            return (System.nanoTime() - start) / 1e6;
        } catch (SQLException e) {
            throw new IllegalStateException("H2's CSVREAD failed: " + e.getMessage(), e);
        }
    }
}
