package app.rapport.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a whole file beside its target first, so that a failure never leaves half a file behind. */
final class AtomicFile {

    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path file, Content content) {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Could not write " + absolute + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Could not write " + absolute + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (RuntimeException e) {
            // The store failed while being read: no half-written file may look like a finished one, nor stay.
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The write already failed; its message matters more than the leftover.
        }
    }
}
