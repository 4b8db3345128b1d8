package app.rapport.interchange.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import app.rapport.interchange.ImportException;

/**
 * Reads Facebook, Instagram and LinkedIn downloads and calendars as the user got them: zips, folders or single
 * files, each file recognised by its content (the path is only a hint). Files of a download that are not ours
 * are passed over; a problem in one that is stops the whole read, naming the file and where in it.
 */
public final class DownloadReader {

    private static final int HEAD_BYTES = 4096;

    private final ZoneId zone;
    private final Instant now;

    public DownloadReader(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    public Download read(List<Path> paths) throws ImportException {
        try (DownloadFiles opened = DownloadFiles.open(paths)) {
            return read(opened);
        }
    }

    private Download read(DownloadFiles opened) throws ImportException {
        List<RelationshipRow> relationships = new ArrayList<>();
        List<MessageDay> messageDays = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        Map<DownloadPlatform, LocalDate> exportedOn = new EnumMap<>(DownloadPlatform.class);
        List<String> used = new ArrayList<>();
        List<DownloadFile> messageFiles = new ArrayList<>();
        String ownerName = "";
        SocialJsonReader json = new SocialJsonReader();
        for (DownloadFile file : opened.files()) {
            String head = head(file);
            String start = head.stripLeading();
            String lower = start.toLowerCase(Locale.ROOT);
            if (lower.startsWith("begin:vcalendar")) {
                List<Meeting> read = new CalendarReader(zone, now).read(file);
                meetings.addAll(read);
                used.add(file.name());
                later(exportedOn, DownloadPlatform.CALENDAR, file.modifiedOn());
            } else if (start.startsWith("{") || start.startsWith("[")) {
                Optional<List<RelationshipRow>> rows = json.read(file);
                if (rows.isPresent()) {
                    relationships.addAll(rows.get());
                    used.add(file.name());
                    rows.get().stream().findFirst().ifPresent(row -> later(exportedOn, row.platform(),
                            file.modifiedOn()));
                }
            } else if (LinkedInMessagesReader.recognises(firstLine(start))) {
                messageFiles.add(file);
            } else if (isProfile(firstLine(start), file.hint())) {
                ownerName = ownerName(file);
            } else if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
                refuseHtmlDownload(file);
            }
        }
        for (DownloadFile file : messageFiles) {
            messageDays.addAll(new LinkedInMessagesReader(zone).read(file, ownerName));
            used.add(file.name());
            later(exportedOn, DownloadPlatform.LINKEDIN, file.modifiedOn());
        }
        if (used.isEmpty()) {
            String what = opened.zipNames().isEmpty()
                    ? opened.files().stream().map(DownloadFile::name).findFirst().orElse("The download")
                    : String.join(", ", opened.zipNames());
            throw new ImportException(what, 0, "nothing in it can be read as a Facebook, Instagram or LinkedIn "
                    + "download or a calendar. Rapport reads Facebook's and Instagram's JSON downloads, "
                    + "LinkedIn's messages.csv and .ics calendars.");
        }
        return new Download(relationships, messageDays, meetings, exportedOn, used);
    }

    private static void later(Map<DownloadPlatform, LocalDate> exportedOn, DownloadPlatform platform,
            LocalDate day) {
        if (day != null) {
            exportedOn.merge(platform, day, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /**
     * Facebook's and Instagram's HTML downloads hold the same lists as web pages, with no dates to trust: the
     * user has to ask for JSON instead. Other HTML (a README in a folder) is not ours.
     */
    private static void refuseHtmlDownload(DownloadFile file) throws ImportException {
        String hint = file.hint().toLowerCase(Locale.ROOT);
        if (hint.contains("friends") || hint.contains("followers") || hint.contains("connections/")) {
            throw new ImportException(file.name(), 0, "this is the HTML version of the download, which Rapport "
                    + "cannot read. Ask for the download again and choose \"JSON\" as the format in Download "
                    + "Your Information.");
        }
    }

    private static boolean isProfile(String firstLine, String hint) {
        String upper = firstLine.toUpperCase(Locale.ROOT);
        return upper.startsWith("FIRST NAME,LAST NAME,") && upper.contains("HEADLINE")
                && hint.toLowerCase(Locale.ROOT).endsWith("profile.csv");
    }

    private static String ownerName(DownloadFile file) throws ImportException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).get();
        try (InputStream in = file.open(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                return (record.get("First Name") + " " + record.get("Last Name")).strip();
            }
            return "";
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file.name(), 0, "could not be read (" + e.getMessage() + ").");
        }
    }

    private static String head(DownloadFile file) throws ImportException {
        try (InputStream in = file.open()) {
            byte[] bytes = in.readNBytes(HEAD_BYTES);
            int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file.name(), 0, "could not be read (" + e.getMessage() + ").");
        }
    }

    private static String firstLine(String head) {
        int end = head.indexOf('\n');
        return (end < 0 ? head : head.substring(0, end)).strip();
    }
}
