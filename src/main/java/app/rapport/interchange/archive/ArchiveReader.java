package app.rapport.interchange.archive;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import app.rapport.domain.FollowUp;
import app.rapport.domain.FollowUpRule;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.LinkedInStyle;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;
import app.rapport.domain.Sphere;
import app.rapport.domain.Worlds;

/**
 * Reads a Rapport archive as INTERCHANGE.md defines it: unknown fields are ignored, a missing optional field
 * takes its default, and anything else wrong (a wrong type, an unknown value, a broken reference, a contact
 * that breaks {@code ContactRules}) fails the whole file with the JSON path of the first problem.
 */
public final class ArchiveReader {

    // A key given twice would otherwise keep its last value without a word.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    // Jackson ends some messages with where an unclosed array or object began, as "(... [Source: REDACTED ...])",
    // which reads as noise next to the line and column the message already has.
    private static final Pattern SOURCE_DESCRIPTION = Pattern.compile("\\s*\\([^()]*\\[Source: .*$", Pattern.DOTALL);

    private final LocalDate importDay;

    /**
     * @param importDay the day of the import: a contact's "added on" when the file has none, and "today" for the
     *                  contact rules (a day met or a birthday may not be after it)
     */
    public ArchiveReader(LocalDate importDay) {
        this.importDay = Objects.requireNonNull(importDay, "importDay");
    }

    /**
     * Reads a whole archive from UTF-8 JSON. Does not close {@code in}.
     *
     * @param fileName the name the user knows the file by, for messages
     */
    public Archive read(InputStream in, String fileName) throws IOException, ArchiveFormatException {
        JsonCursor root = JsonCursor.root(parse(in, fileName), fileName);
        checkFormat(root);
        Settings settings = settings(root.field("settings").requireObject());
        List<Platform> platforms = platforms(root.field("platforms"));
        Set<String> platformIds = new HashSet<>();
        platforms.forEach(platform -> platformIds.add(platform.id()));
        List<ArchivedContact> contacts = new ContactsSection(platformIds, importDay).read(root.field("contacts"));
        Set<String> contactIds = new HashSet<>();
        contacts.forEach(contact -> contactIds.add(contact.id()));
        return new Archive(settings, platforms, contacts,
                followUps(root.field("followUps"), contactIds, platformIds), templates(root.field("templates")));
    }

    private static JsonNode parse(InputStream in, String fileName) throws IOException, ArchiveFormatException {
        JsonNode tree;
        try (JsonParser parser = JSON.createParser(in)) {
            tree = JSON.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                throw new ArchiveFormatException(fileName, at(parser.currentTokenLocation()),
                        "not valid JSON: there is more after the end of the archive");
            }
        } catch (JsonProcessingException broken) {
            throw new ArchiveFormatException(fileName, at(broken.getLocation()),
                    "not valid JSON: " + SOURCE_DESCRIPTION.matcher(broken.getOriginalMessage()).replaceAll(""));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ArchiveFormatException(fileName, "", "the file is empty");
        }
        if (!tree.isObject()) {
            throw new ArchiveFormatException(fileName, "", "not a Rapport archive (it is not a JSON object)");
        }
        return tree;
    }

    private static String at(JsonLocation where) {
        return where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    private static void checkFormat(JsonCursor root) throws ArchiveFormatException {
        JsonCursor formatField = root.field("format");
        if (formatField.isAbsent()) {
            throw formatField.problem("missing; this is not a Rapport archive");
        }
        String format = formatField.text(null);
        if (!Archive.FORMAT.equals(format)) {
            throw formatField.problem("expected \"" + Archive.FORMAT + "\", found \"" + format + "\"");
        }
        JsonCursor versionField = root.field("version");
        int version = versionField.requiredInteger();
        if (version > Archive.VERSION) {
            throw versionField.problem(version + " is newer than this Rapport reads (" + Archive.VERSION
                    + "); update Rapport to import it");
        }
        if (version < Archive.OLDEST_VERSION) {
            throw versionField.problem("unknown version " + version);
        }
    }

    private static Settings settings(JsonCursor settings) throws ArchiveFormatException {
        Settings defaults = Settings.defaults();
        return new Settings(
                settings.field("worlds").enumValue(Worlds.class, defaults.worlds()),
                settings.field("linkedInStyle").enumValue(LinkedInStyle.class, defaults.linkedInStyle()),
                settings.field("jobSeeking").bool(defaults.jobSeeking()),
                days(settings.field("getToKnowDays"), defaults.getToKnowDays()),
                days(settings.field("strongInteractionsNeeded"), defaults.strongInteractionsNeeded()),
                days(settings.field("replyWindowDays"), defaults.replyWindowDays()),
                days(settings.field("noAnswerDays"), defaults.noAnswerDays()));
    }

    private static int days(JsonCursor field, int whenAbsent) throws ArchiveFormatException {
        int value = field.integer(whenAbsent);
        if (value < 0) {
            throw field.problem("cannot be negative (it is " + value + ")");
        }
        return value;
    }

    private static List<Platform> platforms(JsonCursor platforms) throws ArchiveFormatException {
        if (platforms.isAbsent()) {
            return Platform.defaults();
        }
        List<Platform> read = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        for (JsonCursor entry : platforms.objects()) {
            read.add(new Platform(ids.claim(entry), entry.field("name").requiredName(),
                    entry.field("sphere").requiredEnum(Sphere.class), read.size(), entry.field("hidden").bool(false)));
        }
        return read;
    }

    private List<ArchivedFollowUp> followUps(JsonCursor followUps, Set<String> contactIds, Set<String> platformIds)
            throws ArchiveFormatException {
        List<ArchivedFollowUp> read = new ArrayList<>();
        for (JsonCursor entry : followUps.objects()) {
            JsonCursor contactField = entry.field("contact");
            String contact = contactField.requiredName();
            if (!contactIds.contains(contact)) {
                throw contactField.problem("no contact has the id \"" + contact + "\"");
            }
            JsonCursor platformField = entry.field("platform");
            String platform = platformField.text(null);
            if (platform != null && !platformIds.contains(platform)) {
                throw platformField.problem("no platform has the id \"" + platform + "\"");
            }
            read.add(new ArchivedFollowUp(contact, platform, rule(entry.field("rule")),
                    entry.field("title").requiredName(), entry.field("due").requiredDate(),
                    entry.field("status").enumValue(FollowUpStatus.class, FollowUpStatus.OPEN),
                    entry.field("message").text(""), entry.field("triggerKey").text(""),
                    entry.field("createdOn").date(importDay)));
        }
        return read;
    }

    private static String rule(JsonCursor field) throws ArchiveFormatException {
        String rule = field.requiredText();
        boolean known = FollowUpRule.named(rule).isPresent() || rule.equals(FollowUp.COLLISION)
                || rule.equals(FollowUp.MANUAL);
        if (!known) {
            throw field.problem("unknown value \"" + rule + "\"");
        }
        return rule;
    }

    private static List<MessageTemplate> templates(JsonCursor templates) throws ArchiveFormatException {
        List<MessageTemplate> read = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        for (JsonCursor entry : templates.objects()) {
            // INTERCHANGE.md's example gives templates no id: null leaves the importer to match them by name.
            String id = entry.field("id").isAbsent() ? null : ids.claim(entry);
            read.add(new MessageTemplate(id, entry.field("name").requiredName(), entry.field("text").requiredText()));
        }
        return read;
    }
}
