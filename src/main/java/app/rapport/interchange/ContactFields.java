package app.rapport.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import app.rapport.domain.ContactRules;

/**
 * The domain's limits applied to values read from a row: too long rejects the row (a cut name or address would
 * be wrong without anyone noticing), not an email address drops just that address with a warning, and the same
 * address, phone or tag twice is kept once.
 */
final class ContactFields {

    // Google writes several values in one cell as "a@example.com ::: b@example.com". A literal separator, not
    // "\\s*:::\\s*": that regular expression takes quadratic time on a huge cell of spaces.
    private static final Pattern MULTI_VALUE_SEPARATOR = Pattern.compile(":::", Pattern.LITERAL);

    private ContactFields() {
    }

    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        for (String value : MULTI_VALUE_SEPARATOR.split(cell)) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** A display name made of its parts, checked against the name limit under the given field label. */
    static String name(CsvRow row, String field, String... parts) throws RowRejected {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (!part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return row.within(field, name.toString(), ContactRules.NAME_MAX);
    }

    static void addEmails(CsvRow row, String column, List<String> into) throws RowRejected {
        for (String email : split(row.get(column))) {
            row.within(column, email, ContactRules.EMAIL_MAX);
            if (!ContactRules.isEmail(email)) {
                row.warn(column + " \"" + CsvRow.shortened(email) + "\" is not an email address; left out");
            } else if (into.stream().noneMatch(email::equalsIgnoreCase)) {
                into.add(email);
            }
        }
    }

    static void addPhones(CsvRow row, String column, List<String> into) throws RowRejected {
        for (String phone : split(row.get(column))) {
            row.within(column, phone, ContactRules.PHONE_MAX);
            if (!into.contains(phone)) {
                into.add(phone);
            }
        }
    }

    static List<String> tags(CsvRow row, String column, List<String> values) throws RowRejected {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : values) {
            byKey.putIfAbsent(tag.toLowerCase(Locale.ROOT), row.within(column, tag, ContactRules.TAG_MAX));
        }
        return List.copyOf(byKey.values());
    }
}
