package app.rapport.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import app.rapport.store.Store;
import app.rapport.store.StoreBackup;

/** A store's whole content in two forms that undo tests compare before and after. */
final class StoreContents {

    private StoreContents() {
    }

    /** The store as a Rapport archive. */
    static String archive(Store store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.transact(tx -> ArchiveSnapshot.write(tx, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Every row of every table, ids included, as H2 scripts them. An identity's next value is not data (a merge
     * may have drawn numbers never handed out), nor is the database user's password salt, which a restored
     * database (a new one, built from the backup) draws afresh. Nor is the order of a table's rows: H2 scripts
     * a table without a single-number key in the order its rows were written, and undo writes some back later.
     * Nor are the spaces H2 pads a statement with.
     */
    static List<String> rows(Store store) {
        ByteArrayOutputStream script = new ByteArrayOutputStream();
        StoreBackup.writeScript(store, script);
        List<String> lines = script.toString(StandardCharsets.UTF_8).lines().map(String::stripTrailing)
                .filter(line -> !line.contains("RESTART WITH") && !line.startsWith("CREATE USER")).toList();
        List<String> normalized = new ArrayList<>();
        List<String> rowsOfTable = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("(")) {
                rowsOfTable.add(line.replaceAll("[,;]$", ""));
                continue;
            }
            rowsOfTable.sort(null);
            normalized.addAll(rowsOfTable);
            rowsOfTable.clear();
            normalized.add(line);
        }
        rowsOfTable.sort(null);
        normalized.addAll(rowsOfTable);
        return normalized;
    }
}
