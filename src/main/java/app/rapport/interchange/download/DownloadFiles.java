package app.rapport.interchange.download;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import app.rapport.interchange.ImportException;

/**
 * The files of downloads as the user got them: zips (read in place, never unpacked to disk), unzipped folders,
 * single files. A Mac's {@code __MACOSX} resource forks are left out. Keep it open while the files are read.
 */
public final class DownloadFiles implements Closeable {

    private static final String SEPARATOR = " › ";

    private final List<ZipFile> zips = new ArrayList<>();
    private final List<DownloadFile> files = new ArrayList<>();
    private final List<String> zipNames = new ArrayList<>();

    private DownloadFiles() {
    }

    public static DownloadFiles open(List<Path> paths) throws ImportException {
        DownloadFiles opened = new DownloadFiles();
        try {
            for (Path path : paths) {
                opened.add(path);
            }
            return opened;
        } catch (ImportException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    public List<DownloadFile> files() {
        return Collections.unmodifiableList(files);
    }

    /** Names of the zips among the inputs, so that one with nothing readable can be named. */
    List<String> zipNames() {
        return zipNames;
    }

    private void add(Path path) throws ImportException {
        String name = nameOf(path);
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String hint = path.relativize(file).toString().replace('\\', '/');
                    if (!isMacResourceFork(hint)) {
                        addFile(file, name + "/" + hint, hint);
                    }
                }
            } catch (IOException e) {
                throw new ImportException(name, 0, "the folder could not be read (" + e.getMessage() + ").");
            }
        } else if (Files.isRegularFile(path)) {
            if (isZip(path)) {
                addZip(path, name);
            } else {
                addFile(path, name, name);
            }
        } else {
            throw new ImportException(name, 0, "there is no such file or folder.");
        }
    }

    private void addFile(Path file, String name, String hint) throws ImportException {
        if (isZip(file)) {
            addZip(file, name);
            return;
        }
        LocalDate modified;
        try {
            modified = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            throw new ImportException(name, 0, "the file could not be read (" + e.getMessage() + ").");
        }
        files.add(new DiskFile(file, name, hint, modified));
    }

    private void addZip(Path path, String name) throws ImportException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new ImportException(name, 0, "the zip is damaged and cannot be opened (" + e.getMessage()
                    + "). Download it again.");
        } catch (IOException e) {
            throw new ImportException(name, 0, "the zip could not be read (" + e.getMessage() + ").");
        }
        zips.add(zip);
        zipNames.add(name);
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String entryName = entry.getName();
            if (entry.isDirectory() || isMacResourceFork(entryName)) {
                continue;
            }
            String shown = name + SEPARATOR + entryName;
            if (entry.getSize() > BoundedEntryStream.MAX_ENTRY_BYTES) {
                throw new ImportException(shown, 0, "refused: it unpacks to more than 100 MB (a zip bomb?).");
            }
            if (entry.getSize() > 1024 * 1024 && entry.getCompressedSize() > 0
                    && entry.getSize() > entry.getCompressedSize() * BoundedEntryStream.MAX_RATIO) {
                throw new ImportException(shown, 0, "refused: it unpacks to more than 100 times its packed size "
                        + "(a zip bomb?).");
            }
            LocalDate modified = entry.getLastModifiedTime() == null ? null
                    : LocalDate.ofInstant(entry.getLastModifiedTime().toInstant(), ZoneOffset.UTC);
            files.add(new ZipEntryFile(zip, entry, shown, entryName, modified));
        }
    }

    private static boolean isMacResourceFork(String hint) {
        String normalized = hint.replace('\\', '/');
        String last = normalized.substring(normalized.lastIndexOf('/') + 1);
        return normalized.startsWith("__MACOSX/") || normalized.contains("/__MACOSX/") || last.startsWith("._")
                || last.equals(".DS_Store");
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                    && (magic[2] == 3 || magic[2] == 5) && (magic[3] == 4 || magic[3] == 6);
        } catch (IOException e) {
            return false;
        }
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    @Override
    public void close() {
        for (ZipFile zip : zips) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // Only read from: nothing is lost when closing fails.
            }
        }
        zips.clear();
    }

    private record DiskFile(Path path, String name, String hint, LocalDate modifiedOn) implements DownloadFile {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    private record ZipEntryFile(ZipFile zip, ZipEntry entry, String name, String hint, LocalDate modifiedOn)
            implements DownloadFile {
        @Override
        public InputStream open() throws IOException {
            return new BoundedEntryStream(zip.getInputStream(entry), entry.getCompressedSize());
        }
    }
}
