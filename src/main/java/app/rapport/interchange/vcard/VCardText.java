package app.rapport.interchange.vcard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vCard file as text, line for line as in the file, so that every line number ez-vcard or Rapport reports is
 * the file's own. Lines are UTF-8, except that a vCard 2.1 property may name its {@code CHARSET}: Japanese
 * handsets write {@code N;CHARSET=SHIFT_JIS:} with Shift JIS bytes, older Windows and Nokia phones ISO-8859-x
 * and windows-125x. Those lines are read in their own charset, as quoted-printable values always were (by
 * ez-vcard). Also finds where each card begins and ends, and on which line one of its properties is.
 */
final class VCardText {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*CHARSET=\"?([A-Za-z0-9_.:+-]+)");
    private static final Pattern PROPERTY_NAME = Pattern.compile("^(?:[A-Za-z0-9-]+\\.)?([A-Za-z0-9-]+)[;:]");

    private final List<String> lines;
    private final List<CardSpan> cards;

    /** Where one card is in the file: its BEGIN and END lines, from 1; {@code end} is 0 for a card left open. */
    record CardSpan(int begin, int end) {
    }

    private VCardText(List<String> lines, List<CardSpan> cards) {
        this.lines = lines;
        this.cards = cards;
    }

    /**
     * Reads the whole of {@code in} (a UTF-8 byte order mark is allowed).
     *
     * @throws VCardFormatException naming the line when a line is neither UTF-8 nor in the charset its property
     *                              names
     */
    static VCardText read(InputStream in, String fileName) throws IOException, VCardFormatException {
        byte[] bytes = in.readAllBytes();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        List<String> lines = new ArrayList<>();
        Charset propertyCharset = null;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int i = start; i <= bytes.length; i++) {
            int b = i < bytes.length ? bytes[i] & 0xFF : -1;
            if (b == '\r' || b == '\n' || b == -1) {
                if (b == -1 && line.size() == 0 && !lines.isEmpty()) {
                    break;
                }
                byte[] raw = line.toByteArray();
                line.reset();
                boolean continuation = raw.length > 0 && (raw[0] == ' ' || raw[0] == '\t');
                if (!continuation) {
                    propertyCharset = charsetOf(raw).orElse(null);
                }
                lines.add(decode(raw, propertyCharset, fileName, lines.size() + 1));
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                if (b == -1) {
                    break;
                }
            } else {
                line.write(b);
            }
        }
        return new VCardText(lines, spans(lines));
    }

    /** The text for the parser: the file's lines, each ended by CRLF. */
    String text() {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** The cards of the file in order, nested ones (vCard 2.1's AGENT) inside their parent. */
    List<CardSpan> cards() {
        return cards;
    }

    /**
     * The line of {@code card} on which a property named {@code name} holding {@code value} starts, or the card's
     * first line when none does (a value folded over several lines, or escaped in the file).
     */
    int lineOf(CardSpan card, String name, String value) {
        int last = card.end() > 0 ? card.end() : lines.size();
        for (int number = card.begin(); number <= last; number++) {
            String text = lines.get(number - 1);
            Matcher property = PROPERTY_NAME.matcher(text);
            if (property.find() && property.group(1).equalsIgnoreCase(name)
                    && (value.isEmpty() || text.contains(value))) {
                return number;
            }
        }
        return card.begin();
    }

    private static List<CardSpan> spans(List<String> lines) {
        List<CardSpan> spans = new ArrayList<>();
        int depth = 0;
        int begin = 0;
        for (int number = 1; number <= lines.size(); number++) {
            String text = lines.get(number - 1).strip().toUpperCase(Locale.ROOT);
            if (text.equals("BEGIN:VCARD")) {
                if (depth++ == 0) {
                    begin = number;
                }
            } else if (text.equals("END:VCARD") && depth > 0 && --depth == 0) {
                spans.add(new CardSpan(begin, number));
            }
        }
        if (depth > 0) {
            spans.add(new CardSpan(begin, 0));
        }
        return List.copyOf(spans);
    }

    private static Optional<Charset> charsetOf(byte[] raw) {
        // The name and parameters are ASCII and end at the first colon.
        int colon = 0;
        while (colon < raw.length && raw[colon] != ':') {
            colon++;
        }
        Matcher charset = CHARSET.matcher(new String(raw, 0, colon, StandardCharsets.ISO_8859_1));
        if (!charset.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(charset.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static String decode(byte[] raw, Charset declared, String fileName, int number)
            throws VCardFormatException {
        Charset charset = declared != null ? declared : StandardCharsets.UTF_8;
        try {
            return strict(charset).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notInThatCharset) {
            throw new VCardFormatException(fileName, number, declared == null || declared.equals(StandardCharsets.UTF_8)
                    ? "this line is not UTF-8 text; save the file as UTF-8 (Unicode) and import it again"
                    : "this line is not " + declared.name() + " text, as its CHARSET says");
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
