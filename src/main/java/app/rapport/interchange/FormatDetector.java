package app.rapport.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Tells which kind of file to import from its content, not its name (LinkedIn's files are all "something.csv",
 * and people rename them): the byte order mark, the first characters, and a known header among the first lines.
 */
public final class FormatDetector {

    // Enough for LinkedIn's preamble and any header row; the rest of a large file is never read.
    private static final int SNIFFED_BYTES = 64 * 1024;
    // LinkedIn's connections first: its header also has the First Name and Last Name of Google's newer one.
    private static final List<CsvKind> CSV_KINDS = List.of(
            new CsvKind(ImportFormat.LINKEDIN_CONNECTIONS, LinkedInConnectionsReader.HEADER),
            new CsvKind(ImportFormat.LINKEDIN_INVITATIONS, LinkedInInvitationsReader.HEADER),
            new CsvKind(ImportFormat.GOOGLE_CONTACTS, GoogleContactsReader.HEADER),
            new CsvKind(ImportFormat.OUTLOOK_CSV, HeaderSignature.requiring("Outlook CSV",
                    "First Name", "Last Name", "E-mail Address", "Business Phone")));

    private record CsvKind(ImportFormat format, HeaderSignature header) {
    }

    private FormatDetector() {
    }

    /** The file's format, UNKNOWN for anything else (binary, empty, another CSV); throws only if unreadable. */
    public static ImportFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        }
        ByteOrderMark mark = ByteOrderMark.of(head, head.length);
        String text = new String(head, mark.length(), head.length - mark.length(), mark.charset());
        if (text.indexOf('\0') >= 0) {
            return ImportFormat.UNKNOWN;
        }
        String start = text.stripLeading();
        if (start.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length())) {
            return ImportFormat.VCARD;
        }
        if (start.startsWith("{")) {
            return start.contains("\"rapport-archive\"") ? ImportFormat.RAPPORT_ARCHIVE : ImportFormat.UNKNOWN;
        }
        return csvFormat(text);
    }

    private static ImportFormat csvFormat(String text) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CsvTable.FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (parser.getCurrentLineNumber() < CsvTable.HEADER_SEARCH_LINES && records.hasNext()) {
                Header header = new Header(records.next().toList());
                for (CsvKind kind : CSV_KINDS) {
                    if (kind.header().matches(header)) {
                        return kind.format();
                    }
                }
            }
        } catch (UncheckedIOException unbalancedQuotes) {
            // Only the beginning of the file was read, so a quoted value may be cut off where it stops.
        }
        return ImportFormat.UNKNOWN;
    }
}
