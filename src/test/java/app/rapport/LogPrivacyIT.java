package app.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Runs after every unit and UI test of the build and reads the log they all wrote: no name, email or note of any
 * person those tests typed, imported or loaded as sample data may be in it. The log is for what the program
 * did, never for whom.
 */
class LogPrivacyIT {

    private static final Path LOG = Path.of("target/test.log");
    // A person's name as the UI tests write it: two capitalised words in a string literal.
    private static final Pattern PERSON = Pattern.compile("\"(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)\"");

    @Test
    void theLogOfTheWholeTestRunHoldsNoContactData() throws IOException {
        assertThat(LOG).as("the log of the unit and UI tests").exists();
        String log = Files.readString(LOG);
        assertThat(log).as("the UI tests opened stores").contains("Store open in");

        Set<String> lookedFor = new TreeSet<>();
        lookedFor.addAll(namesInUiTests());
        lookedFor.addAll(sampleData());
        assertThat(lookedFor).as("what is looked for").hasSizeGreaterThan(40);

        assertThat(lookedFor.stream().filter(log::contains)).as("contact data found in %s", LOG).isEmpty();
    }

    private static Set<String> namesInUiTests() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java/app/rapport/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = PERSON.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    /** Everything personal in the sample address book the welcome page loads. */
    private static Set<String> sampleData() throws IOException {
        Set<String> values = new TreeSet<>();
        JsonNode archive = new ObjectMapper().readTree(Path.of("assets/demo/sample.rapport.json").toFile());
        for (JsonNode contact : archive.get("contacts")) {
            values.add(contact.get("displayName").asText());
            contact.path("emails").forEach(email -> values.add(email.asText()));
            values.add(contact.path("howWeMet").asText());
            contact.path("interactions").forEach(interaction -> values.add(interaction.path("notes").asText()));
        }
        values.removeIf(value -> value.length() < 6);
        return values;
    }
}
