package app.rapport.interchange.vcard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.rapport.domain.Platform;
import com.github.mangstadt.vinnie.io.Warning;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (RFC 2426, RFC 6350) as phone and mail apps export them, with ez-vcard.
 * Every card becomes a contact or a {@link SkippedCard}; a file whose syntax is broken is refused as a whole, so
 * nothing of it is half-imported.
 */
public final class VCardReader {

    // ez-vcard goes on after these, but what it keeps is a guess: a line dropped, a value left encoded.
    private static final Map<Warning, String> BROKEN_SYNTAX = Map.of(
            Warning.MALFORMED_LINE, "this line is not a vCard property (it has no colon)",
            Warning.EMPTY_BEGIN, "BEGIN without a name",
            Warning.EMPTY_END, "END without a name",
            Warning.UNMATCHED_END, "this END has no BEGIN",
            Warning.QUOTED_PRINTABLE_ERROR, "the quoted-printable value cannot be decoded");

    private final CardConverter converter;

    /**
     * @param platforms the user's platforms, which profiles on the cards are matched to
     * @param importDay the day of the import: each contact's "added on", and what a birthday may not be after
     */
    public VCardReader(List<Platform> platforms, LocalDate importDay) {
        Objects.requireNonNull(importDay, "importDay");
        this.converter = new CardConverter(new ProfileMatcher(platforms), importDay);
    }

    /**
     * Reads every card of a UTF-8 file (a byte order mark is allowed). Does not close {@code in}.
     *
     * @param fileName the name the user knows the file by, for messages
     * @throws VCardFormatException when the file is not UTF-8, has no card, or its syntax is broken
     */
    public VCardImport read(InputStream in, String fileName) throws IOException, VCardFormatException {
        List<VCardContact> contacts = new ArrayList<>();
        List<SkippedCard> skipped = new ArrayList<>();
        int position = 0;
        try {
            CardBoundaries boundaries = new CardBoundaries(utf8(in));
            ezvcard.io.text.VCardReader cards = new ezvcard.io.text.VCardReader(boundaries);
            for (VCard card = cards.readNext(); card != null; card = cards.readNext()) {
                position++;
                refuseBrokenSyntax(cards.getWarnings(), fileName);
                try {
                    contacts.add(converter.convert(card, position));
                } catch (UnusableCard unusable) {
                    skipped.add(new SkippedCard(position, unusable.getMessage()));
                }
            }
            if (boundaries.unclosedCardLine() > 0) {
                throw new VCardFormatException(fileName, boundaries.unclosedCardLine(),
                        "the card that begins here has no END:VCARD; the file may be cut short");
            }
        } catch (CharacterCodingException notUtf8) {
            throw new VCardFormatException(fileName, 0,
                    "the file is not UTF-8 text; save it as UTF-8 (Unicode) and import it again");
        }
        if (position == 0) {
            throw new VCardFormatException(fileName, 0, "there is no vCard in it (a vCard starts with BEGIN:VCARD)");
        }
        return new VCardImport(contacts, skipped);
    }

    private static void refuseBrokenSyntax(List<ParseWarning> warnings, String fileName) throws VCardFormatException {
        for (ParseWarning warning : warnings) {
            for (Map.Entry<Warning, String> broken : BROKEN_SYNTAX.entrySet()) {
                if (warning.getMessage().contains(broken.getKey().getMessage())) {
                    Integer line = warning.getLineNumber();
                    throw new VCardFormatException(fileName, line == null ? 0 : line, broken.getValue());
                }
            }
        }
    }

    /** Strict UTF-8, so a file in another encoding is refused instead of importing garbled names. */
    private static Reader utf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
