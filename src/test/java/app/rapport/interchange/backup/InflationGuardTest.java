package app.rapport.interchange.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The limits on how far a backup's script may unpack, each on its own. */
class InflationGuardTest {

    /** {@code length} bytes of text that reads as if each byte were packed one for one. */
    static InputStream unpacking(long length) {
        return new InputStream() {
            long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    static long drain(InputStream in) throws IOException {
        return in.transferTo(OutputStream.nullOutputStream());
    }

    @Test
    void anEntryThatPacksOneForOneMayGrowToTheCapButNotBeyond() throws IOException {
        InflationGuard.Counted atCap = new InflationGuard.Counted(unpacking(BackupZip.MAX_SCRIPT_BYTES));
        assertThat(drain(new InflationGuard(atCap, atCap, "rapport.sql"))).isEqualTo(BackupZip.MAX_SCRIPT_BYTES);

        InflationGuard.Counted beyond = new InflationGuard.Counted(unpacking(BackupZip.MAX_SCRIPT_BYTES + 1));
        assertThatThrownBy(() -> drain(new InflationGuard(beyond, beyond, "rapport.sql")))
                .isInstanceOf(BackupZipException.class)
                .hasMessage("rapport.sql unpacks to more than 1 GB, far more than any Rapport store holds: it is not a "
                        + "real backup.");
    }

    @Test
    void aSmallEntryMayPackTighterThanTheRatioButALargeOneMayNot() throws IOException {
        InflationGuard.Counted packed = new InflationGuard.Counted(new ByteArrayInputStream(new byte[1000]));
        packed.readAllBytes();
        assertThat(drain(new InflationGuard(unpacking(InflationGuard.RATIO_FLOOR), packed, "rapport.sql")))
                .as("a thousand bytes unpacking to the floor: 8,000 to 1, but small and harmless")
                .isEqualTo(InflationGuard.RATIO_FLOOR);

        InflationGuard.Counted same = new InflationGuard.Counted(new ByteArrayInputStream(new byte[1000]));
        same.readAllBytes();
        assertThatThrownBy(() -> drain(new InflationGuard(unpacking(InflationGuard.RATIO_FLOOR + 1), same,
                "rapport.sql")))
                .isInstanceOf(BackupZipException.class).hasMessageContaining("more than 100 times its packed size");
    }
}
