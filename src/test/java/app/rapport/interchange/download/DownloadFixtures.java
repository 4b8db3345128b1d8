package app.rapport.interchange.download;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The downloads under src/test/resources/interchange/downloads, as folders or zipped the way users get them. */
public final class DownloadFixtures {

    /** The day the platforms wrote the zipped downloads. */
    public static final LocalDate EXPORTED = LocalDate.of(2024, 11, 28);

    private DownloadFixtures() {
    }

    public static Path folder(String name) {
        URL url = DownloadFixtures.class.getResource("/interchange/downloads/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zips a fixture folder, adding the {@code __MACOSX} resource forks a Mac's "Compress" leaves. */
    public static Path zip(String name, Path into) throws IOException {
        Path folder = folder(name);
        Path zip = into.resolve(name + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String entry = folder.relativize(file).toString().replace('\\', '/');
                ZipEntry zipEntry = new ZipEntry(entry);
                zipEntry.setLastModifiedTime(FileTime.from(EXPORTED.atStartOfDay(ZoneOffset.UTC).toInstant()));
                zipped.putNextEntry(zipEntry);
                zipped.write(Files.readAllBytes(file));
                zipped.closeEntry();
                int slash = entry.lastIndexOf('/');
                String fork = "__MACOSX/" + entry.substring(0, slash + 1) + "._" + entry.substring(slash + 1);
                zipped.putNextEntry(new ZipEntry(fork));
                zipped.write(new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'});
                zipped.closeEntry();
            }
        }
        return zip;
    }

    public static Path zipOf(Path zip, List<String> names, List<byte[]> contents) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zipped.putNextEntry(new ZipEntry(names.get(i)));
                zipped.write(contents.get(i));
                zipped.closeEntry();
            }
        }
        return zip;
    }
}
