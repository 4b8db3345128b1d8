package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.rapport.store.StoreException;

/** A file is written whole or not at all, and a failed write leaves nothing behind. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void aFinishedWriteReplacesTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("export.csv"), "old");

        AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("new");
        assertThat(folder).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aWriteThatFailsOnItsStreamLeavesTheOldFileAndNoPart() throws IOException {
        Path file = Files.writeString(folder.resolve("backup.zip"), "old");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new UncheckedIOException("Could not write the backup: No space left on device",
                    new IOException("No space left on device"));
        })).isInstanceOf(UncheckedIOException.class)
                .hasMessage("Could not write " + file.toAbsolutePath() + ": No space left on device");

        assertThat(file).hasContent("old");
        assertThat(folder).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aWriteThatTheStoreStopsLeavesNoPartAndKeepsTheStoresMessage() {
        Path file = folder.resolve("backup.zip");
        StoreException stopped = new StoreException("Rapport's database reported a problem", null);

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw stopped;
        })).isSameAs(stopped);

        assertThat(folder).isEmptyDirectory();
    }
}
