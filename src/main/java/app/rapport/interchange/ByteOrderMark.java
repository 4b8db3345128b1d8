package app.rapport.interchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding a file's first bytes announce. Without a byte order mark a file is taken as UTF-8: today's
 * exports are, and the strict decoding of {@link StrictTextReader} says so plainly when a file is not.
 */
record ByteOrderMark(Charset charset, int length) {

    static ByteOrderMark of(byte[] head, int available) {
        if (available >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new ByteOrderMark(StandardCharsets.UTF_8, 3);
        }
        if (available >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        if (available >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        return new ByteOrderMark(StandardCharsets.UTF_8, 0);
    }
}
