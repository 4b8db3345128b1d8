package app.rapport.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file in the encoding its byte order mark names (UTF-8 without one) and refuses bytes that are not
 * text in it, instead of turning them into '?' that would end up in people's names. Every character before a bad
 * byte is handed out first, so the line the problem is reported on is exactly the line it is on.
 */
final class StrictTextReader extends Reader {

    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean flushed;
    private int completedLines;
    private boolean afterCarriageReturn;

    StrictTextReader(InputStream in) throws IOException {
        this.in = in;
        while (bytes.remaining() < 3 && !endOfInput) {
            readMoreBytes();
        }
        ByteOrderMark mark = ByteOrderMark.of(bytes.array(), bytes.remaining());
        bytes.position(mark.length());
        charset = mark.charset();
        decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        check(target, offset, count);
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean decodeMore() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    // Hand out what came before the bad bytes first; the next call meets them at position 0.
                    if (chars.position() == 0) {
                        throw notText(result);
                    }
                    break;
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
                readMoreBytes();
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void check(char[] delivered, int offset, int count) throws UnreadableInputException {
        for (int i = offset; i < offset + count; i++) {
            char c = delivered[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    completedLines++;
                }
                afterCarriageReturn = false;
            } else if (c == '\r') {
                completedLines++;
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
                if (c == '\0') {
                    throw new UnreadableInputException(completedLines + 1, "this is binary data, not a text file "
                            + "(it has a NUL byte; a UTF-16 file without a byte order mark looks like this too)");
                }
            }
        }
    }

    private UnreadableInputException notText(CoderResult result) {
        int line = completedLines + 1;
        if (charset.equals(StandardCharsets.UTF_8)) {
            int bad = bytes.get(bytes.position()) & 0xFF;
            return new UnreadableInputException(line, String.format("this is not UTF-8 text (byte 0x%02X cannot be "
                    + "read as UTF-8; the file may be in another encoding such as Windows-1252, or cut off): save "
                    + "it as UTF-8 and import it again", bad));
        }
        return new UnreadableInputException(line, "this is not valid " + charset.name() + " text, as its byte "
                + "order mark says it is (" + result.length() + " byte(s) cannot be read; the file may be cut off)");
    }
}
