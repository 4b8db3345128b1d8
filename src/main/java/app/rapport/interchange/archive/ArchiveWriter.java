package app.rapport.interchange.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import app.rapport.domain.Contact;
import app.rapport.domain.ImportantDate;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;

/**
 * Writes a Rapport archive as indented UTF-8 JSON, field by field as INTERCHANGE.md lists them, every field
 * written even when it has its default so the file reads as a complete copy. It streams: the text of a store
 * of 30,000 contacts is never held in memory.
 */
public final class ArchiveWriter {

    // Closing must not add the missing brackets after a failure: a cut-off archive has to look cut off. An emoji
    // is written as itself, not as two escaped surrogates, so the file stays readable.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private ArchiveWriter() {
    }

    /** Writes the archive to {@code out} and flushes it; the caller closes the stream. */
    public static void write(Archive archive, OutputStream out) throws IOException {
        write(archive, archive.contacts(), out);
    }

    /**
     * Writes {@code rest}'s settings, platforms, follow-ups and templates with {@code contacts} as its contacts
     * (its own are not written), so that a store too big for memory can be read a part at a time while it is
     * written. Flushes {@code out}; the caller closes it.
     */
    public static void write(Archive rest, Iterable<ArchivedContact> contacts, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            // "\n" rather than the system's line separator, so an archive is the same file on every system.
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("format", Archive.FORMAT);
            json.writeNumberField("version", Archive.VERSION);
            settings(json, rest.settings());
            platforms(json, rest.platforms());
            json.writeArrayFieldStart("contacts");
            for (ArchivedContact contact : contacts) {
                contact(json, contact);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("followUps");
            for (ArchivedFollowUp followUp : rest.followUps()) {
                followUp(json, followUp);
            }
            json.writeEndArray();
            templates(json, rest.templates());
            json.writeEndObject();
        }
        out.flush();
    }

    private static void settings(JsonGenerator json, Settings settings) throws IOException {
        json.writeObjectFieldStart("settings");
        json.writeStringField("worlds", settings.worlds().name());
        json.writeStringField("linkedInStyle", settings.linkedInStyle().name());
        json.writeBooleanField("jobSeeking", settings.jobSeeking());
        json.writeNumberField("getToKnowDays", settings.getToKnowDays());
        json.writeNumberField("strongInteractionsNeeded", settings.strongInteractionsNeeded());
        json.writeNumberField("replyWindowDays", settings.replyWindowDays());
        json.writeNumberField("noAnswerDays", settings.noAnswerDays());
        json.writeEndObject();
    }

    private static void platforms(JsonGenerator json, List<Platform> platforms) throws IOException {
        json.writeArrayFieldStart("platforms");
        for (Platform platform : platforms) {
            json.writeStartObject();
            json.writeStringField("id", platform.id());
            json.writeStringField("name", platform.name());
            json.writeStringField("sphere", platform.sphere().name());
            json.writeBooleanField("hidden", platform.hidden());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void contact(JsonGenerator json, ArchivedContact archived) throws IOException {
        Contact contact = archived.contact();
        json.writeStartObject();
        json.writeStringField("id", archived.id());
        json.writeStringField("displayName", contact.displayName());
        json.writeStringField("givenName", contact.givenName());
        json.writeStringField("familyName", contact.familyName());
        json.writeStringField("organization", contact.organization());
        json.writeStringField("role", contact.role());
        json.writeStringField("category", contact.category().name());
        json.writeStringField("relationship", contact.relationship().name());
        strings(json, "emails", contact.emails());
        strings(json, "phones", contact.phones());
        strings(json, "tags", contact.tags());
        json.writeStringField("notes", contact.notes());
        json.writeStringField("howWeMet", contact.howWeMet());
        date(json, "metOn", contact.metOn());
        date(json, "addedOn", contact.addedOn());
        json.writeStringField("vouchForThem", contact.vouchForThem());
        json.writeStringField("vouchForMe", contact.vouchForMe());
        json.writeFieldName("keepInTouchWeeks");
        if (contact.keepInTouchWeeks() == null) {
            json.writeNull();
        } else {
            json.writeNumber(contact.keepInTouchWeeks());
        }
        json.writeStringField("birthday", contact.birthday() == null ? null : contact.birthday().toString());
        json.writeBooleanField("archived", contact.archived());
        json.writeArrayFieldStart("importantDates");
        for (ImportantDate date : contact.importantDates()) {
            json.writeStartObject();
            json.writeStringField("label", date.label());
            json.writeStringField("date", date.date().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("links");
        for (ArchivedLink link : archived.links()) {
            json.writeStartObject();
            json.writeStringField("platform", link.platform());
            json.writeStringField("state", link.state().name());
            date(json, "since", link.since());
            json.writeStringField("handle", link.handle());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("interactions");
        for (ArchivedInteraction interaction : archived.interactions()) {
            json.writeStartObject();
            date(json, "on", interaction.on());
            json.writeStringField("kind", interaction.kind().name());
            json.writeStringField("notes", interaction.notes());
            json.writeArrayFieldStart("with");
            for (String other : interaction.with()) {
                json.writeString(other);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void followUp(JsonGenerator json, ArchivedFollowUp followUp) throws IOException {
        json.writeStartObject();
        json.writeStringField("contact", followUp.contact());
        json.writeStringField("platform", followUp.platform());
        json.writeStringField("rule", followUp.rule());
        json.writeStringField("title", followUp.title());
        date(json, "due", followUp.due());
        json.writeStringField("status", followUp.status().name());
        json.writeStringField("message", followUp.message());
        json.writeStringField("triggerKey", followUp.triggerKey());
        date(json, "createdOn", followUp.createdOn());
        json.writeEndObject();
    }

    private static void templates(JsonGenerator json, List<MessageTemplate> templates) throws IOException {
        json.writeArrayFieldStart("templates");
        for (MessageTemplate template : templates) {
            json.writeStartObject();
            json.writeStringField("id", template.id());
            json.writeStringField("name", template.name());
            json.writeStringField("text", template.body());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void date(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeStringField(field, date == null ? null : date.toString());
    }
}
