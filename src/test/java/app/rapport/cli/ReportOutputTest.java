package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.rapport.interchange.csv.SpreadsheetCell;

class ReportOutputTest {

    static final Report REPORT = new Report(List.of("contact", "platform", "verdict"), List.of(
            List.of("Lovelace, Ada", "LinkedIn", "READY"),
            List.of("Bob \"the builder\"", "", "GET_TO_KNOW_FIRST"),
            List.of("Chloé", "X/Twitter", "line one\nline two")));

    static String written(ReportFormat format, Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        format.write(report, out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvIsRfc4180WithAHeaderRow() {
        assertThat(written(ReportFormat.CSV, REPORT)).isEqualTo("""
                contact,platform,verdict\r
                "Lovelace, Ada",LinkedIn,READY\r
                "Bob ""the builder\""\",,GET_TO_KNOW_FIRST\r
                Chloé,X/Twitter,"line one
                line two"\r
                """);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAQuote() {
        Report report = new Report(List.of("a"), List.of(List.of("=HYPERLINK(\"x\")"), List.of("+1+1"), List.of("-2"),
                List.of("@SUM(A1)"), List.of("\tx"), List.of("\rx"), List.of("a=b"), List.of("")));
        // The last row is one empty cell: RFC 4180 quotes it, or it would read as no cell at all.
        assertThat(written(ReportFormat.CSV, report)).isEqualTo(String.join("\r\n", "a",
                "\"'=HYPERLINK(\"\"x\"\")\"", "'+1+1", "'-2", "'@SUM(A1)", "'\tx", "\"'\rx\"", "a=b", "\"\"") + "\r\n");
        assertThat(SpreadsheetCell.neutralized("2026-12-01")).isEqualTo("2026-12-01");
        assertThat(SpreadsheetCell.neutralized("+49 30 1234567")).as("a phone number").isEqualTo("+49 30 1234567");
    }

    @Test
    void aTableAlignsItsColumnsAndKeepsEachRowOnOneLine() {
        String n = System.lineSeparator();
        assertThat(written(ReportFormat.TABLE, REPORT)).isEqualTo(
                "contact            platform   verdict" + n
                + "-----------------  ---------  -----------------" + n
                + "Lovelace, Ada      LinkedIn   READY" + n
                + "Bob \"the builder\"             GET_TO_KNOW_FIRST" + n
                + "Chloé              X/Twitter  line one line two" + n);
    }

    @Test
    void anEmptyReportIsItsHeader() {
        Report empty = new Report(List.of("contact", "platform"), List.of());
        assertThat(written(ReportFormat.CSV, empty)).isEqualTo("contact,platform\r\n");
        assertThat(written(ReportFormat.TABLE, empty)).isEqualTo("contact  platform" + System.lineSeparator()
                + "-------  --------" + System.lineSeparator());
    }

    @Test
    void formatsAreNamedInLowerCase() {
        assertThat(ReportFormat.named("csv")).isEqualTo(ReportFormat.CSV);
        assertThat(ReportFormat.named("table")).isEqualTo(ReportFormat.TABLE);
        assertThatThrownBy(() -> ReportFormat.named("xml")).isInstanceOf(BadInputException.class)
                .hasMessage("--format is csv or table, not xml");
    }
}
