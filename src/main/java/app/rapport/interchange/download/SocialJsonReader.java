package app.rapport.interchange.download;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.rapport.interchange.ImportException;

/**
 * Facebook's and Instagram's relationship lists, in every layout of the last years (EXPORTS.md). A file is
 * recognised by its top-level key, or for Instagram's followers pages by being an array named
 * {@code followers…json}; any other JSON of the download is not ours and is left alone. Items are read one at a
 * time, so a long list takes no more memory than a short one.
 */
final class SocialJsonReader {

    private record Kind(DownloadPlatform platform, DownloadList list) {
    }

    private static final Map<String, Kind> KEYS = Map.ofEntries(
            Map.entry("friends", new Kind(DownloadPlatform.FACEBOOK, DownloadList.FRIENDS)),
            Map.entry("friends_v2", new Kind(DownloadPlatform.FACEBOOK, DownloadList.FRIENDS)),
            Map.entry("sent_requests", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REQUESTS_SENT)),
            Map.entry("sent_requests_v2", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REQUESTS_SENT)),
            Map.entry("received_requests", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REQUESTS_RECEIVED)),
            Map.entry("received_requests_v2", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REQUESTS_RECEIVED)),
            Map.entry("rejected_requests", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REJECTED)),
            Map.entry("rejected_requests_v2", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REJECTED)),
            Map.entry("deleted_friends", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REMOVED)),
            Map.entry("deleted_friends_v2", new Kind(DownloadPlatform.FACEBOOK, DownloadList.REMOVED)),
            Map.entry("relationships_following", new Kind(DownloadPlatform.INSTAGRAM, DownloadList.FOLLOWING)),
            Map.entry("relationships_follow_requests_sent",
                    new Kind(DownloadPlatform.INSTAGRAM, DownloadList.REQUESTS_SENT)),
            Map.entry("relationships_follow_requests_received",
                    new Kind(DownloadPlatform.INSTAGRAM, DownloadList.REQUESTS_RECEIVED)),
            Map.entry("relationships_unfollowed_users", new Kind(DownloadPlatform.INSTAGRAM, DownloadList.REMOVED)),
            Map.entry("relationships_close_friends",
                    new Kind(DownloadPlatform.INSTAGRAM, DownloadList.CLOSE_FRIENDS)));

    private static final Pattern FOLLOWERS_PAGE = Pattern.compile("followers(_\\d+)?\\.json");
    private static final Pattern INSTAGRAM_URL =
            Pattern.compile("^(https?://)?([a-z]+\\.)?instagram\\.com/(_u/)?", Pattern.CASE_INSENSITIVE);

    private final ObjectMapper mapper = new ObjectMapper();

    /** The rows of a relationship list; empty when the file is some other JSON. */
    Optional<List<RelationshipRow>> read(DownloadFile file) throws ImportException {
        try (InputStream in = file.open(); JsonParser parser = mapper.createParser(in)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    if (!FOLLOWERS_PAGE.matcher(lastSegment(file.hint())).matches()) {
                        return Optional.empty();
                    }
                    return Optional.of(readItems(parser, file, "",
                            new Kind(DownloadPlatform.INSTAGRAM, DownloadList.FOLLOWERS)));
                }
                if (first != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
                List<RelationshipRow> rows = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    Kind kind = KEYS.get(key);
                    if (kind != null && value == JsonToken.START_ARRAY) {
                        rows = rows == null ? new ArrayList<>() : rows;
                        rows.addAll(readItems(parser, file, key, kind));
                    } else if (rows == null) {
                        return Optional.empty();
                    } else {
                        parser.skipChildren();
                    }
                }
                return Optional.ofNullable(rows);
            } catch (JsonProcessingException e) {
                throw new ImportException(file.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        "the JSON is damaged or cut short at " + JsonPaths.of(parser) + " ("
                                + e.getOriginalMessage() + ").");
            }
        } catch (IOException e) {
            throw new ImportException(file.name(), 0, "could not be read (" + e.getMessage() + ").");
        }
    }

    private List<RelationshipRow> readItems(JsonParser parser, DownloadFile file, String key, Kind kind)
            throws IOException, ImportException {
        List<RelationshipRow> rows = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new ImportException(file.name(), parser.currentLocation().getLineNr(),
                        "the JSON is cut short inside " + key + ".");
            }
            String path = key + "[" + index + "]";
            int line = parser.currentLocation().getLineNr();
            JsonNode item = parser.readValueAsTree();
            if (!item.isObject()) {
                throw new ImportException(file.name(), line, path + ": an entry should be an object.");
            }
            rows.add(kind.platform() == DownloadPlatform.FACEBOOK
                    ? facebookRow(item, kind, file, path, line)
                    : instagramRow(item, kind, file, path, line));
            index++;
        }
        return rows;
    }

    private static RelationshipRow facebookRow(JsonNode item, Kind kind, DownloadFile file, String path, int line)
            throws ImportException {
        JsonNode name = item.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw new ImportException(file.name(), line, path + ".name: a name is missing.");
        }
        LocalDate on = day(item.get("timestamp"), file, path + ".timestamp", line);
        return new RelationshipRow(kind.platform(), kind.list(), TextRepair.repair(name.asText()), "", on,
                file.name());
    }

    private static RelationshipRow instagramRow(JsonNode item, Kind kind, DownloadFile file, String path, int line)
            throws ImportException {
        JsonNode strings = item.get("string_list_data");
        if (strings == null || !strings.isArray() || strings.isEmpty() || !strings.get(0).isObject()) {
            throw new ImportException(file.name(), line, path + ".string_list_data: the account is missing.");
        }
        JsonNode data = strings.get(0);
        String handle = text(data.get("value"));
        if (handle.isEmpty()) {
            handle = text(item.get("title"));
        }
        if (handle.isEmpty()) {
            handle = handleOf(text(data.get("href")));
        }
        if (handle.isEmpty()) {
            throw new ImportException(file.name(), line, path + ": the entry names no account.");
        }
        LocalDate on = day(data.get("timestamp"), file, path + ".string_list_data[0].timestamp", line);
        return new RelationshipRow(kind.platform(), kind.list(), "", TextRepair.repair(handle), on, file.name());
    }

    /** The username in an Instagram profile URL, whatever form it was copied in. */
    static String handleOf(String url) {
        String rest = INSTAGRAM_URL.matcher(url.strip()).replaceFirst("");
        int end = rest.indexOf('?');
        rest = end < 0 ? rest : rest.substring(0, end);
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.contains("/") ? "" : rest.toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? "" : node.asText().strip();
    }

    private static LocalDate day(JsonNode timestamp, DownloadFile file, String path, int line)
            throws ImportException {
        if (timestamp == null || !timestamp.canConvertToLong()) {
            throw new ImportException(file.name(), line, path + ": the date should be a number of seconds, found "
                    + (timestamp == null ? "nothing" : timestamp.toString()) + ".");
        }
        return LocalDate.ofInstant(Instant.ofEpochSecond(timestamp.asLong()), ZoneOffset.UTC);
    }

    private static String lastSegment(String hint) {
        return hint.substring(hint.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
