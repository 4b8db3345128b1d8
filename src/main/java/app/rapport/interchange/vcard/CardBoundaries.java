package app.rapport.interchange.vcard;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Watches the text on its way to the parser for BEGIN:VCARD and END:VCARD lines. ez-vcard hands over a card
 * that the file cuts off before its END as if it were whole; this tells the reader so, and on which line that
 * card began.
 */
final class CardBoundaries extends FilterReader {

    private final StringBuilder line = new StringBuilder();
    private int lineNumber = 1;
    private boolean afterCarriageReturn;
    private int depth;
    private int openedOn;

    CardBoundaries(Reader in) {
        super(in);
    }

    /** The line the card left open at the end of the text began on, or 0 if every card was closed. */
    int unclosedCardLine() {
        return depth > 0 ? openedOn : 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        } else {
            endOfLine();
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            endOfLine();
        }
        for (int i = 0; i < count; i++) {
            see(buffer[offset + i]);
        }
        return count;
    }

    private void see(char c) {
        if (c == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = c == '\r';
        if (c == '\r' || c == '\n') {
            endOfLine();
            lineNumber++;
        } else {
            line.append(c);
        }
    }

    private void endOfLine() {
        // Nested cards (the AGENT property of vCard 2.1) open and close inside their parent.
        String text = line.toString().strip().toUpperCase(Locale.ROOT);
        line.setLength(0);
        if (text.equals("BEGIN:VCARD")) {
            if (depth++ == 0) {
                openedOn = lineNumber;
            }
        } else if (text.equals("END:VCARD") && depth > 0) {
            depth--;
        }
    }
}
