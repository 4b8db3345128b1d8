package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.Index;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexes the migrations leave: each one costs every insert of its table a write. */
class StoreIndexesTest {

    @TempDir
    Path dir;

    @Test
    void noIndexIsTheTwinOfAnother() {
        Map<String, List<String>> namesByColumns;
        try (Store store = Store.open(dir)) {
            namesByColumns = store.withConnection(connection -> {
                Map<String, List<String>> found = new TreeMap<>();
                for (Table<?> table : DSL.using(connection, SQLDialect.H2).meta().getSchemas("PUBLIC").getFirst()
                        .getTables()) {
                    for (Index index : table.getIndexes()) {
                        String columns = index.getFields().stream().map(field -> field.getName())
                                .collect(Collectors.joining(", "));
                        found.computeIfAbsent(table.getName() + " (" + columns + ")", key -> new ArrayList<>())
                                .add(index.getName());
                    }
                }
                return found;
            });
        }

        assertThat(namesByColumns).as("indexes by table and columns").isNotEmpty()
                .containsKey("FOLLOW_UP (CONTACT_ID)")
                .allSatisfy((columns, names) -> assertThat(names).as(columns).hasSize(1));
    }
}
