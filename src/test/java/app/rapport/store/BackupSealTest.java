package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The sealed-backup format on its own: what goes in comes out, and any change to the sealed bytes is noticed. */
class BackupSealTest {

    static final StoreKey KEY = StoreKey.random();

    private static byte[] sealed(byte[] plain, StoreKey key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = BackupSeal.sealing(bytes, key)) {
            // Odd-sized writes, so chunk edges fall inside writes as they do with a zip.
            for (int at = 0; at < plain.length; at += 1000) {
                out.write(plain, at, Math.min(1000, plain.length - at));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] opened(byte[] sealed, StoreKey key) throws IOException {
        try (InputStream in = BackupSeal.opening(new ByteArrayInputStream(sealed), key)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, BackupSeal.CHUNK - 1, BackupSeal.CHUNK, BackupSeal.CHUNK + 1, 3 * BackupSeal.CHUNK})
    void whatIsSealedOpensAsItWas(int length) throws IOException {
        byte[] plain = random(length);
        assertThat(opened(sealed(plain, KEY), KEY)).isEqualTo(plain);
    }

    @Test
    void theSealedBytesDoNotShowThePlainOnes() throws IOException {
        byte[] plain = "Zebulon Quartermaine ".repeat(5000).getBytes();
        assertThat(new String(sealed(plain, KEY))).doesNotContain("Zebulon");
    }

    @Test
    void anotherKeyIsToldApartFromDamage() throws IOException {
        byte[] sealed = sealed(random(100), KEY);
        assertThatThrownBy(() -> opened(sealed, StoreKey.random())).isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void aFlippedByteAMissingEndOrSwappedChunksAreNoticed() throws IOException {
        byte[] sealed = sealed(random(3 * BackupSeal.CHUNK), KEY);
        byte[] flipped = sealed.clone();
        flipped[sealed.length / 2] ^= 1;
        int header = 16 + 16 + 16 + 7;
        int chunk = BackupSeal.CHUNK + 16;
        byte[] lastChunkDropped = Arrays.copyOf(sealed, header + 2 * chunk);
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, header, swapped, header + chunk, chunk);
        System.arraycopy(sealed, header + chunk, swapped, header, chunk);

        for (byte[] bad : new byte[][] {flipped, lastChunkDropped, swapped, Arrays.copyOf(sealed, 40)}) {
            assertThatThrownBy(() -> opened(bad, KEY)).isInstanceOf(IOException.class);
        }
    }
}
