package app.rapport.interchange;

import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 section 3.1 and RFC 6350 section 3.2 ask. biweekly
 * and ez-vcard (through vinnie) count characters instead, so a line of accented names would come out longer
 * than 75 octets; their folding is turned off and this writer folds instead, never inside a character or a
 * surrogate pair.
 */
public final class OctetFoldingWriter extends Writer {

    private static final int MAX_OCTETS = 75;

    private final Writer out;
    private int lineOctets;
    private char highSurrogate;

    public OctetFoldingWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            put(buffer[i]);
        }
    }

    private void put(char c) throws IOException {
        if (highSurrogate != 0) {
            char pending = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                makeRoom(4);
                out.write(pending);
                out.write(c);
                return;
            }
            makeRoom(3);
            out.write(pending);
        }
        if (c == '\r' || c == '\n') {
            out.write(c);
            if (c == '\n') {
                lineOctets = 0;
            }
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else {
            makeRoom(c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
            out.write(c);
        }
    }

    private void makeRoom(int octets) throws IOException {
        if (lineOctets + octets > MAX_OCTETS) {
            // The leading space of the continuation line counts towards its 75 octets.
            out.write("\r\n ");
            lineOctets = 1;
        }
        lineOctets += octets;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
