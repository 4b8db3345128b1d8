package app.rapport.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A CSV header row. Columns are found by name, ignoring case and surrounding spaces, never by position. */
final class Header {

    private final List<String> names;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, List<String>> matchesByPattern = new HashMap<>();

    Header(List<String> cells) {
        names = cells.stream().map(String::strip).toList();
        for (int i = 0; i < names.size(); i++) {
            indexByKey.putIfAbsent(key(names.get(i)), i);
        }
    }

    boolean has(String column) {
        return indexByKey.containsKey(key(column));
    }

    /** The column's position, or -1 if the file has no such column. */
    int indexOf(String column) {
        return indexByKey.getOrDefault(key(column), -1);
    }

    /** Column names matching the pattern, in file order: "E-mail 1 - Value", "E-mail 2 - Value", … */
    List<String> namesMatching(Pattern pattern) {
        return matchesByPattern.computeIfAbsent(pattern.pattern(), unused -> {
            List<String> matching = new ArrayList<>();
            for (String name : names) {
                if (pattern.matcher(name).matches()) {
                    matching.add(name);
                }
            }
            return List.copyOf(matching);
        });
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }
}
