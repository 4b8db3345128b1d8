package app.rapport.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Folding by UTF-8 octets: never past 75, never inside a character, and unfolding gives the line back. */
class OctetFoldingWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "é", "日", "🙂", "a🙂é日"})
    void foldsLongLinesOfAnyCharacterWidthAtSeventyFiveOctets(String unit) throws IOException {
        String line = "DESCRIPTION:" + unit.repeat(120);

        String folded = fold(line + "\r\nEND:VTODO\r\n");

        List<String> lines = List.of(folded.split("\r\n"));
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(physical -> {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(physical.codePoints()).as("a lone surrogate")
                    .noneMatch(c -> Character.getType(c) == Character.SURROGATE);
        });
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VTODO\r\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {74, 75})
    void aLineThatFitsIsLeftAlone(int length) throws IOException {
        String line = "x".repeat(length) + "\r\n";

        assertThat(fold(line)).isEqualTo(line);
    }

    static String fold(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (OctetFoldingWriter writer = new OctetFoldingWriter(out)) {
            writer.write(text);
        }
        return out.toString();
    }
}
