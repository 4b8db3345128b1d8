package app.rapport.interchange.download;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import app.rapport.interchange.ImportException;
import app.rapport.interchange.MatchKeys;

/**
 * LinkedIn's {@code messages.csv}: who the owner of the export wrote with, and on which days. Read once as a
 * stream, keeping each different exchange (who wrote to whom on which day) once: the owner, the one person in
 * every conversation, is known only at the end. So a 50 MB file takes no more memory than the people and days
 * in it. SUBJECT and CONTENT are never read out of a row.
 */
final class LinkedInMessagesReader {

    static final String CONVERSATION = "CONVERSATION ID";
    static final String FROM = "FROM";
    static final String SENDER = "SENDER PROFILE URL";
    static final String TO = "TO";
    static final String RECIPIENTS = "RECIPIENT PROFILE URLS";
    static final String DATE = "DATE";
    static final String DRAFT = "IS MESSAGE DRAFT";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get();

    private final MessageDates days;
    // Each URL as written to its key, first spelling first: a few hundred people write 200,000 rows, so each
    // spelling is worked out once, and the first one is how the preview shows the person.
    private final Map<String, String> profileKeys = new LinkedHashMap<>();

    LinkedInMessagesReader(ZoneId zone) {
        this.days = new MessageDates(zone);
    }

    static boolean recognises(String firstLine) {
        String upper = firstLine.toUpperCase(Locale.ROOT);
        return upper.contains(CONVERSATION) && upper.contains(SENDER) && upper.contains(RECIPIENTS);
    }

    /** {@code ownerName} is the name in Profile.csv of the same export, or empty; it only settles a tie. */
    List<MessageDay> read(DownloadFile file, String ownerName) throws ImportException {
        Map<String, Set<String>> participants = new HashMap<>();
        Map<String, String> senderNames = new HashMap<>();
        // Each different exchange once, in the order first seen, with the conversation it was first seen in:
        // who is a partner is known only once the owner is, after the last row.
        Map<Exchange, String> exchanges = new LinkedHashMap<>();
        Map<String, String> same = new HashMap<>();
        scan(file, row -> {
            Set<String> people = participants.computeIfAbsent(row.conversation(), id -> new HashSet<>());
            if (!row.sender().isEmpty()) {
                people.add(row.sender());
                senderNames.putIfAbsent(row.sender(), row.senderName());
            }
            people.addAll(row.recipients());
            if (row.recipients().size() == 1 && !row.recipientNames().contains(",")) {
                senderNames.putIfAbsent(row.recipients().getFirst(), row.recipientNames());
            }
            if (!row.draft()) {
                exchanges.putIfAbsent(new Exchange(row.sender(), once(same, row.senderName()), row.recipients(),
                        once(same, row.recipientNames()), row.day()), once(same, row.conversation()));
            }
        });
        String owner = owner(file, participants, senderNames, ownerName);
        Map<String, MessageDay> days = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        exchanges.forEach((row, conversation) -> {
            if (!row.sender().isEmpty() && !row.senderName().isEmpty()) {
                names.putIfAbsent(row.sender(), row.senderName());
            }
            List<String> partners = new ArrayList<>();
            if (row.sender().equals(owner)) {
                row.recipients().stream().filter(url -> !url.equals(owner)).forEach(partners::add);
                if (partners.size() == 1 && !row.recipientNames().isEmpty() && !row.recipientNames().contains(",")) {
                    names.putIfAbsent(partners.getFirst(), row.recipientNames());
                }
            } else if (row.recipients().contains(owner) && !row.sender().isEmpty()) {
                partners.add(row.sender());
            }
            for (String partner : partners) {
                days.putIfAbsent(partner + " " + row.day(), new MessageDay(partner, "", conversation, row.day(),
                        file.name()));
            }
        });
        Map<String, String> urls = new HashMap<>();
        profileKeys.forEach((url, key) -> urls.putIfAbsent(key, url));
        return days.values().stream()
                .map(day -> new MessageDay(urls.getOrDefault(day.partnerProfileUrl(), day.partnerProfileUrl()),
                        names.getOrDefault(day.partnerProfileUrl(), ""), day.conversationId(), day.day(),
                        day.file()))
                .toList();
    }

    /** The one person in every conversation. */
    private static String owner(DownloadFile file, Map<String, Set<String>> participants,
            Map<String, String> senderNames, String ownerName) throws ImportException {
        if (participants.isEmpty()) {
            throw new ImportException(file.name(), 0, "there are no messages in it.");
        }
        Set<String> everywhere = null;
        for (Set<String> people : participants.values()) {
            if (everywhere == null) {
                everywhere = new HashSet<>(people);
            } else {
                everywhere.retainAll(people);
            }
        }
        if (everywhere.size() > 1 && !ownerName.isBlank()) {
            String wanted = MatchKeys.name(ownerName);
            everywhere.removeIf(url -> !MatchKeys.name(senderNames.getOrDefault(url, "")).equals(wanted));
        }
        if (everywhere.size() != 1) {
            throw new ImportException(file.name(), 0, everywhere.isEmpty()
                    ? "no one takes part in every conversation, so whose messages these are cannot be told."
                    : "whose messages these are cannot be told (every conversation is between the same people): "
                            + "add Profile.csv from the same LinkedIn export.");
        }
        return everywhere.iterator().next();
    }

    /** One text for equal texts: a few hundred names and conversations are written on 200,000 rows. */
    private static String once(Map<String, String> same, String text) {
        String first = same.putIfAbsent(text, text);
        return first == null ? text : first;
    }

    /** What a row tells once the owner is known: who wrote to whom, under which names, on which day. */
    private record Exchange(String sender, String senderName, List<String> recipients, String recipientNames,
            LocalDate day) {
    }

    private record Row(String conversation, String sender, String senderName, List<String> recipients,
            String recipientNames, LocalDate day, boolean draft) {
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(Row row);
    }

    /** Every row of the file in turn. */
    private void scan(DownloadFile file, RowHandler handler) throws ImportException {
        long line = 1;
        try (InputStream in = withoutByteOrderMark(file.open());
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (String column : List.of(CONVERSATION, FROM, SENDER, RECIPIENTS, DATE)) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new ImportException(file.name(), 1, "the column \"" + column + "\" is missing.");
                }
            }
            // Columns by position, looked up once: by name, every field of 200,000 rows was a search of the header.
            Map<String, Integer> header = parser.getHeaderMap();
            int conversation = header.get(CONVERSATION);
            int from = header.get(FROM);
            int senderUrl = header.get(SENDER);
            int to = header.getOrDefault(TO, -1);
            int recipientUrls = header.get(RECIPIENTS);
            int date = header.get(DATE);
            int draft = header.getOrDefault(DRAFT, -1);
            var records = parser.iterator();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ImportException(file.name(), (int) line,
                            "the CSV is damaged (a quote that does not close?): " + rootMessage(e));
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                int recordLine = (int) line;
                String sender = key(field(record, senderUrl));
                List<String> recipients = new ArrayList<>();
                for (String url : field(record, recipientUrls).split(",")) {
                    String recipient = key(url);
                    if (!recipient.isEmpty()) {
                        recipients.add(recipient);
                    }
                }
                handler.accept(new Row(field(record, conversation), sender, field(record, from), recipients,
                        field(record, to), day(field(record, date), recordLine),
                        field(record, draft).equalsIgnoreCase("yes")));
            }
        } catch (DateProblem e) {
            throw new ImportException(file.name(), e.line, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(file.name(), (int) line, "could not be read: " + rootMessage(e));
        }
    }

    /** The field at {@code column}, or empty when the row is shorter or the file has no such column (-1). */
    private static String field(CSVRecord record, int column) {
        return column >= 0 && column < record.size() ? record.get(column).strip() : "";
    }

    private String key(String url) {
        String spelling = url.strip();
        return spelling.isEmpty() ? "" : profileKeys.computeIfAbsent(spelling, MatchKeys::profile);
    }

    private LocalDate day(String text, int line) {
        try {
            return days.day(text);
        } catch (DateTimeParseException e) {
            throw new DateProblem(line, "the date \"" + text + "\" is not like 2024-03-05 14:22:11 UTC.");
        }
    }

    private static final class DateProblem extends RuntimeException {
        private final int line;

        DateProblem(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static InputStream withoutByteOrderMark(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return in;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
