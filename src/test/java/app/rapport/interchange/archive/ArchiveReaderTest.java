package app.rapport.interchange.archive;

import static app.rapport.interchange.archive.ArchiveFixtures.IMPORT_DAY;
import static app.rapport.interchange.archive.ArchiveFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rapport.domain.Category;
import app.rapport.domain.Contact;
import app.rapport.domain.FollowUpStatus;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.Platform;
import app.rapport.domain.Settings;
import app.rapport.domain.Worlds;

/** INTERCHANGE.md's rules for reading an archive: defaults, unknown fields, and errors that name their JSON path. */
class ArchiveReaderTest {

    static final String HEAD = "\"format\": \"rapport-archive\", \"version\": 1";

    @Test
    void aMinimalArchiveTakesEveryDefault() throws Exception {
        Archive archive = read("{" + HEAD + ", \"contacts\": [ { \"id\": \"c1\", \"displayName\": \"Ada\" } ] }");

        assertThat(archive.settings()).isEqualTo(Settings.defaults());
        assertThat(archive.platforms()).isEqualTo(Platform.defaults());
        assertThat(archive.platforms()).extracting(Platform::id)
                .containsExactly("linkedin", "facebook", "instagram", "x", "business-page");
        assertThat(archive.contacts()).containsExactly(new ArchivedContact("c1",
                Contact.builder().displayName("Ada").addedOn(IMPORT_DAY).build(), List.of(), List.of()));
        assertThat(archive.followUps()).isEmpty();
        assertThat(archive.templates()).isEmpty();
    }

    @Test
    void anEmptyArchiveIsAnEmptyStore() throws Exception {
        Archive archive = read("{" + HEAD + "}");

        assertThat(archive).isEqualTo(new Archive(Settings.defaults(), Platform.defaults(), List.of(), List.of(),
                List.of()));
    }

    @Test
    void nullCountsAsAbsent() throws Exception {
        Archive archive = read("{" + HEAD + ", \"settings\": null, \"platforms\": null, \"contacts\": [ { \"id\": "
                + "\"c1\", \"displayName\": \"Ada\", \"category\": null, \"emails\": null, \"addedOn\": null } ] }");

        assertThat(archive.settings()).isEqualTo(Settings.defaults());
        assertThat(archive.platforms()).isEqualTo(Platform.defaults());
        Contact ada = archive.contacts().getFirst().contact();
        assertThat(ada.category()).isEqualTo(Category.UNDECIDED);
        assertThat(ada.emails()).isEmpty();
        assertThat(ada.addedOn()).isEqualTo(IMPORT_DAY);
    }

    @Test
    void eachMissingSettingTakesItsOwnDefault() throws Exception {
        Archive archive = read("{" + HEAD + ", \"settings\": { \"worlds\": \"BLEND\", \"noAnswerDays\": 10 } }");

        assertThat(archive.settings()).isEqualTo(new Settings(Worlds.BLEND, Settings.defaults().linkedInStyle(),
                false, 21, 2, 2, 10));
    }

    @Test
    void aFollowUpAndATemplateTakeTheirDefaults() throws Exception {
        Archive archive = read("{" + HEAD + ", \"contacts\": [ { \"id\": \"c1\", \"displayName\": \"Ada\" } ], "
                + "\"followUps\": [ { \"contact\": \"c1\", \"rule\": \"F6\", \"title\": \"Decide\", "
                + "\"due\": \"2026-11-12\" } ], "
                + "\"templates\": [ { \"name\": \"Hello\", \"text\": \"Hi {firstName}\" } ] }");

        assertThat(archive.followUps()).containsExactly(new ArchivedFollowUp("c1", null, "F6", "Decide",
                LocalDate.of(2026, 11, 12), FollowUpStatus.OPEN, "", "", IMPORT_DAY));
        assertThat(archive.templates()).containsExactly(new MessageTemplate(null, "Hello", "Hi {firstName}"));
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() throws Exception {
        Archive archive = read("""
                { "format": "rapport-archive", "version": 1, "exportedBy": "Rapport 9", "comment": ["any", 1],
                  "settings": { "theme": "dark" },
                  "platforms": [ { "id": "linkedin", "name": "LinkedIn", "sphere": "PROFESSIONAL",
                                   "colour": "#0a66c2" } ],
                  "contacts": [ { "id": "c1", "displayName": "Ada", "pronouns": "she/her", "photo": { "png": "…" },
                                  "links": [ { "platform": "linkedin", "state": "CONNECTED", "since": "2026-01-01",
                                               "weight": 3 } ],
                                  "interactions": [ { "on": "2026-01-02", "kind": "EMAIL", "mood": "good" } ] } ],
                  "followUps": [ { "contact": "c1", "rule": "MANUAL", "title": "Call", "due": "2026-02-01",
                                   "priority": "high" } ],
                  "templates": [ { "name": "Hi", "text": "Hi", "lang": "en" } ] }
                """);

        assertThat(archive.settings()).isEqualTo(Settings.defaults());
        assertThat(archive.platforms()).hasSize(1);
        assertThat(archive.contacts().getFirst().links()).hasSize(1);
        assertThat(archive.contacts().getFirst().interactions()).singleElement()
                .satisfies(interaction -> assertThat(interaction.with()).as("version 1: with its contact alone")
                        .isEmpty());
        assertThat(archive.followUps()).hasSize(1);
        assertThat(archive.templates()).hasSize(1);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("brokenArchives")
    void aBrokenArchiveIsRefusedNamingWhereAndWhat(String json, String location, String problem) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ArchiveFormatException.class, error -> {
            assertThat(error.location()).isEqualTo(location);
            assertThat(error.problem()).isEqualTo(problem);
            assertThat(error.fileName()).isEqualTo("backup.rapport.json");
            assertThat(error.getMessage()).isEqualTo("backup.rapport.json: "
                    + (location.isEmpty() ? "" : location + ": ") + problem);
        });
    }

    static Stream<Arguments> brokenArchives() {
        String ada = "{ \"id\": \"c1\", \"displayName\": \"Ada\" }";
        return Stream.of(
                broken("{ \"version\": 1 }", "format", "missing; this is not a Rapport archive"),
                broken("{ \"format\": \"vcard\", \"version\": 1 }", "format",
                        "expected \"rapport-archive\", found \"vcard\""),
                broken("{ \"format\": \"rapport-archive\" }", "version", "missing"),
                broken("{ \"format\": \"rapport-archive\", \"version\": 3 }", "version",
                        "3 is newer than this Rapport reads (2); update Rapport to import it"),
                broken("{ \"format\": \"rapport-archive\", \"version\": 0 }", "version", "unknown version 0"),
                broken("{ \"format\": \"rapport-archive\", \"version\": \"1\" }", "version",
                        "expected a whole number, found a string"),
                broken(contacts(ada, ada.replace("c1", "c2"), ada.replace("c1", "c3"),
                                "{ \"id\": \"c4\", \"displayName\": \"Dan\", \"category\": \"COWORKER\" }"),
                        "contacts[3].category", "unknown value \"COWORKER\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"emails\": \"x\" }"),
                        "contacts[0].emails", "expected an array, found a string"),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"phones\": [\"1\", 2] }"),
                        "contacts[0].phones[1]", "expected a string, found the number 2"),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"archived\": \"no\" }"),
                        "contacts[0].archived", "expected true or false, found a string"),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"keepInTouchWeeks\": 1.5 }"),
                        "contacts[0].keepInTouchWeeks", "expected a whole number, found the number 1.5"),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"metOn\": \"01/10/2026\" }"),
                        "contacts[0].metOn", "not a date (YYYY-MM-DD): \"01/10/2026\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"birthday\": \"1990-02-30\" }"),
                        "contacts[0].birthday", "not a date (YYYY-MM-DD, or --MM-DD without a year): \"1990-02-30\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"birthday\": \"--02-30\" }"),
                        "contacts[0].birthday", "not a date (YYYY-MM-DD, or --MM-DD without a year): \"--02-30\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", "
                                + "\"importantDates\": [ { \"label\": \"Anniversary\" } ] }"),
                        "contacts[0].importantDates[0].date", "missing"),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"links\": [ { \"platform\": "
                                + "\"linkedin\", \"state\": \"CONNECTED\", \"since\": \"2026-1-5\" } ] }"),
                        "contacts[0].links[0].since", "not a date (YYYY-MM-DD): \"2026-1-5\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"links\": [ { \"platform\": "
                                + "\"tiktok\", \"state\": \"CONNECTED\", \"since\": \"2026-01-05\" } ] }"),
                        "contacts[0].links[0].platform", "no platform has the id \"tiktok\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"links\": [ { \"platform\": "
                                + "\"linkedin\", \"state\": \"FRIENDS\", \"since\": \"2026-01-05\" } ] }"),
                        "contacts[0].links[0].state", "unknown value \"FRIENDS\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"interactions\": [ { \"on\": "
                                + "\"2026-01-05\", \"kind\": \"LUNCH\" } ] }"),
                        "contacts[0].interactions[0].kind", "unknown value \"LUNCH\""),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"interactions\": [ \"coffee\" ] }"),
                        "contacts[0].interactions[0]", "expected an object, found a string"),
                broken(contacts(ada, "{ \"id\": \"c1\", \"displayName\": \"Ada again\" }"), "contacts[1].id",
                        "\"c1\" is already the id of contacts[0]"),
                broken(contacts("{ \"displayName\": \"Ada\" }"), "contacts[0].id", "missing"),
                broken(contacts("{ \"id\": \"c1\" }"), "contacts[0].displayName", "missing"),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"" + "A".repeat(201) + "\" }"),
                        "contacts[0].displayName", "Name can have at most 200 characters (it has 201)."),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"emails\": [\"ada at example\"] }"),
                        "contacts[0].emails", "\"ada at example\" is not an email address (like name@example.com)."),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"keepInTouchWeeks\": 0 }"),
                        "contacts[0].keepInTouchWeeks", "Keep in touch every 1 to 520 weeks, or leave it empty."),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"metOn\": \"2026-11-11\" }"),
                        "contacts[0].metOn", "The day you met cannot be in the future."),
                broken(contacts("{ \"id\": \"c1\", \"displayName\": \"Ada\", \"interactions\": [ { \"on\": "
                                + "\"2026-11-01\", \"kind\": \"COFFEE_OR_MEAL\", \"with\": [\"c7\"] } ] }"),
                        "contacts[0].interactions[0].with", "no contact has the id \"c7\""),
                broken("{" + HEAD + ", \"contacts\": [" + ada + "], \"followUps\": [ { \"contact\": \"c9\", "
                                + "\"rule\": \"F1\", \"title\": \"Meet\", \"due\": \"2026-11-08\" } ] }",
                        "followUps[0].contact", "no contact has the id \"c9\""),
                broken("{" + HEAD + ", \"contacts\": [" + ada + "], \"followUps\": [ { \"contact\": \"c1\", "
                                + "\"rule\": \"F9\", \"title\": \"Meet\", \"due\": \"2026-11-08\" } ] }",
                        "followUps[0].rule", "unknown value \"F9\""),
                broken("{" + HEAD + ", \"contacts\": [" + ada + "], \"followUps\": [ { \"contact\": \"c1\", "
                                + "\"platform\": \"myspace\", \"rule\": \"F1\", \"title\": \"Meet\", "
                                + "\"due\": \"2026-11-08\" } ] }",
                        "followUps[0].platform", "no platform has the id \"myspace\""),
                broken("{" + HEAD + ", \"settings\": { \"jobSeeking\": \"yes\" } }", "settings.jobSeeking",
                        "expected true or false, found a string"),
                broken("{" + HEAD + ", \"settings\": { \"getToKnowDays\": -1 } }", "settings.getToKnowDays",
                        "cannot be negative (it is -1)"),
                broken("{" + HEAD + ", \"settings\": [] }", "settings", "expected an object, found an array"),
                broken("{" + HEAD + ", \"platforms\": [ { \"id\": \"bluesky\", \"name\": \"Bluesky\", "
                        + "\"sphere\": \"SOCIAL\" } ] }", "platforms[0].sphere", "unknown value \"SOCIAL\""),
                broken("{" + HEAD + ", \"platforms\": [ { \"id\": \"x\", \"name\": \"X\", \"sphere\": \"PUBLIC\" },"
                                + " { \"id\": \"x\", \"name\": \"Twitter\", \"sphere\": \"PUBLIC\" } ] }",
                        "platforms[1].id", "\"x\" is already the id of platforms[0]"),
                broken("{" + HEAD + ", \"templates\": [ { \"name\": \" \", \"text\": \"Hi\" } ] }",
                        "templates[0].name", "is empty"),
                broken("{" + HEAD + ", \"contacts\": [ }", "line 1, column 59",
                        "not valid JSON: Unexpected close marker '}': expected ']'"),
                broken("{" + HEAD + ",\n \"contacts\": [ { \"id\": \"c1\",", "line 2, column 29",
                        "not valid JSON: Unexpected end-of-input within/between Object entries"),
                broken("{" + HEAD + ", \"version\": 1 }", "line 1, column 54",
                        "not valid JSON: Duplicate field 'version'"),
                broken("{" + HEAD + "} {}", "line 1, column 45",
                        "not valid JSON: there is more after the end of the archive"),
                broken("[]", "", "not a Rapport archive (it is not a JSON object)"),
                broken("", "", "the file is empty"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsPlace() {
        byte[] latin1 = ("{" + HEAD + ", \"contacts\": [ { \"id\": \"c1\", \"displayName\": \"Jürgen\" } ] }")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(latin1)).isInstanceOfSatisfying(ArchiveFormatException.class,
                error -> assertThat(error.problem()).startsWith("not valid JSON: Invalid UTF-8"));
    }

    static String contacts(String... contacts) {
        return "{" + HEAD + ", \"contacts\": [" + String.join(", ", contacts) + "] }";
    }

    static Arguments broken(String json, String location, String problem) {
        return Arguments.of(json, location, problem);
    }
}
