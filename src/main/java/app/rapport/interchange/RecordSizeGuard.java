package app.rapport.interchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading when one CSV record grows beyond a limit. The parser holds a whole record in memory, and a quote
 * that is never closed makes the rest of a file one record: this keeps that from exhausting the heap. The count
 * includes the parser's read-ahead, so it is a few kilobytes off, which does not matter at this size.
 */
final class RecordSizeGuard extends FilterReader {

    private final long maxChars;
    private long charsInRecord;
    private int recordLine;

    RecordSizeGuard(Reader in, long maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    void startRecord(int line) {
        charsInRecord = 0;
        recordLine = line;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int count = super.read(target, offset, length);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    private void count(int chars) throws UnreadableInputException {
        charsInRecord += chars;
        if (charsInRecord > maxChars) {
            throw new UnreadableInputException(recordLine, String.format("the row that starts here is longer than "
                    + "%,d characters; a quote is probably never closed, or this is not a contacts export", maxChars));
        }
    }
}
