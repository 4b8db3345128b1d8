package app.rapport.interchange.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import app.rapport.domain.YearlyDate;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A place in the archive's JSON tree with its path ({@code contacts[3].category}), so that every value read
 * through it is checked for its type and every problem names where it is. JSON null counts as absent.
 */
final class JsonCursor {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");

    private final JsonNode node;
    private final String path;
    private final String fileName;

    private JsonCursor(JsonNode node, String path, String fileName) {
        this.node = node;
        this.path = path;
        this.fileName = fileName;
    }

    static JsonCursor root(JsonNode node, String fileName) {
        return new JsonCursor(node, "", fileName);
    }

    JsonCursor field(String name) {
        return new JsonCursor(node == null ? null : node.get(name), path.isEmpty() ? name : path + "." + name,
                fileName);
    }

    String path() {
        return path;
    }

    boolean isAbsent() {
        return node == null || node.isMissingNode() || node.isNull();
    }

    ArchiveFormatException problem(String problem) {
        return new ArchiveFormatException(fileName, path, problem);
    }

    String text(String whenAbsent) throws ArchiveFormatException {
        if (isAbsent()) {
            return whenAbsent;
        }
        if (!node.isTextual()) {
            throw wrongType("a string");
        }
        return node.textValue();
    }

    String requiredText() throws ArchiveFormatException {
        requirePresent();
        return text(null);
    }

    /** A required string with something in it other than spaces, such as a name or an id. */
    String requiredName() throws ArchiveFormatException {
        String text = requiredText();
        if (text.isBlank()) {
            throw problem("is empty");
        }
        return text;
    }

    boolean bool(boolean whenAbsent) throws ArchiveFormatException {
        if (isAbsent()) {
            return whenAbsent;
        }
        if (!node.isBoolean()) {
            throw wrongType("true or false");
        }
        return node.booleanValue();
    }

    Integer integer(Integer whenAbsent) throws ArchiveFormatException {
        if (isAbsent()) {
            return whenAbsent;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType("a whole number");
        }
        return node.intValue();
    }

    int requiredInteger() throws ArchiveFormatException {
        requirePresent();
        return integer(null);
    }

    LocalDate date(LocalDate whenAbsent) throws ArchiveFormatException {
        String text = text(null);
        if (text == null) {
            return whenAbsent;
        }
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException noSuchDay) {
            // Shaped like a date but not one, such as 2026-02-30: the same problem as any other text.
        }
        throw problem("not a date (YYYY-MM-DD): \"" + text + "\"");
    }

    /** A day that comes back every year: {@code YYYY-MM-DD}, or {@code --MM-DD} when the year is not known. */
    YearlyDate yearlyDate() throws ArchiveFormatException {
        String text = text(null);
        if (text == null) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(text).matches() || MONTH_DAY.matcher(text).matches()) {
                return YearlyDate.parse(text);
            }
        } catch (DateTimeException noSuchDay) {
            // Shaped like a date but not one, such as --02-30: the same problem as any other text.
        }
        throw problem("not a date (YYYY-MM-DD, or --MM-DD without a year): \"" + text + "\"");
    }

    LocalDate requiredDate() throws ArchiveFormatException {
        requirePresent();
        return date(null);
    }

    <E extends Enum<E>> E enumValue(Class<E> type, E whenAbsent) throws ArchiveFormatException {
        String text = text(null);
        if (text == null) {
            return whenAbsent;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        throw problem("unknown value \"" + text + "\"");
    }

    <E extends Enum<E>> E requiredEnum(Class<E> type) throws ArchiveFormatException {
        requirePresent();
        return enumValue(type, null);
    }

    List<String> strings() throws ArchiveFormatException {
        List<String> strings = new ArrayList<>();
        for (JsonCursor element : elements()) {
            if (!element.node.isTextual()) {
                throw element.wrongType("a string");
            }
            strings.add(element.node.textValue());
        }
        return strings;
    }

    List<JsonCursor> objects() throws ArchiveFormatException {
        List<JsonCursor> objects = elements();
        for (JsonCursor element : objects) {
            element.requireObject();
        }
        return objects;
    }

    /** Fails unless this is an object or absent (when each of its fields reads as absent). */
    JsonCursor requireObject() throws ArchiveFormatException {
        if (!isAbsent() && !node.isObject()) {
            throw wrongType("an object");
        }
        return this;
    }

    private List<JsonCursor> elements() throws ArchiveFormatException {
        if (isAbsent()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw wrongType("an array");
        }
        List<JsonCursor> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonCursor(node.get(i), path + "[" + i + "]", fileName));
        }
        return elements;
    }

    private void requirePresent() throws ArchiveFormatException {
        if (isAbsent()) {
            throw problem("missing");
        }
    }

    private ArchiveFormatException wrongType(String expected) {
        return problem("expected " + expected + ", found " + switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "something else";
        });
    }
}
