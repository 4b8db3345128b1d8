package app.rapport.interchange.vcard;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.rapport.domain.Platform;
import app.rapport.interchange.RowIssue;
import com.github.mangstadt.vinnie.io.Warning;
import ezvcard.VCard;
import ezvcard.io.ParseWarning;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (RFC 2426, RFC 6350) as phone and mail apps export them, with ez-vcard.
 * Every card becomes a contact or a {@link SkippedCard}. A line that is not a property (a {@code #} comment of
 * Windows Mobile) is skipped and said so, as Android does; a file whose syntax is broken otherwise is refused as
 * a whole, so nothing of it is half-imported. Every message names the line of the file it is about.
 */
public final class VCardReader {

    // ez-vcard goes on after these, but what it keeps is a guess: a value left encoded, a card cut apart.
    private static final Map<Warning, String> BROKEN_SYNTAX = Map.of(
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
     * Reads every card of a file. Does not close {@code in}.
     *
     * @param fileName the name the user knows the file by, for messages
     * @throws VCardFormatException when a line is in no charset the file names, the file has no card, or its
     *                              syntax is broken
     */
    public VCardImport read(InputStream in, String fileName) throws IOException, VCardFormatException {
        VCardText text = VCardText.read(in, fileName);
        List<VCardText.CardSpan> spans = text.cards();
        if (spans.isEmpty()) {
            throw new VCardFormatException(fileName, 0, "there is no vCard in it (a vCard starts with BEGIN:VCARD)");
        }
        VCardText.CardSpan open = spans.getLast();
        if (open.end() == 0) {
            throw new VCardFormatException(fileName, open.begin(),
                    "the card that begins here has no END:VCARD; the file may be cut short");
        }
        List<VCardContact> contacts = new ArrayList<>();
        List<SkippedCard> skipped = new ArrayList<>();
        int position = 0;
        try (ezvcard.io.text.VCardReader cards = new ezvcard.io.text.VCardReader(text.text())) {
            for (VCard card = cards.readNext(); card != null; card = cards.readNext()) {
                VCardText.CardSpan span = spans.get(Math.min(position, spans.size() - 1));
                position++;
                List<RowIssue> notes = skippedLines(cards.getWarnings(), fileName);
                try {
                    VCardContact contact = converter.convert(card, position, span, text);
                    notes.addAll(contact.leftOut());
                    contacts.add(contact.withLeftOut(notes));
                } catch (UnusableCard unusable) {
                    skipped.add(new SkippedCard(position, span.begin(), unusable.getMessage()));
                }
            }
        }
        return new VCardImport(contacts, skipped);
    }

    /** Lines ez-vcard skipped because they are no property, as notes; other broken syntax refuses the file. */
    private static List<RowIssue> skippedLines(List<ParseWarning> warnings, String fileName)
            throws VCardFormatException {
        List<RowIssue> notes = new ArrayList<>();
        for (ParseWarning warning : warnings) {
            int line = warning.getLineNumber() == null ? 0 : warning.getLineNumber();
            if (warning.getMessage().contains(Warning.MALFORMED_LINE.getMessage())) {
                notes.add(new RowIssue(line, "this line is not a vCard property (it has no colon); skipped"));
                continue;
            }
            for (Map.Entry<Warning, String> broken : BROKEN_SYNTAX.entrySet()) {
                if (warning.getMessage().contains(broken.getKey().getMessage())) {
                    throw new VCardFormatException(fileName, line, broken.getValue());
                }
            }
        }
        return notes;
    }
}
