package app.rapport.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** File arguments, checked before the store is opened so that a typo changes nothing. */
final class FileArguments {

    private FileArguments() {
    }

    static Path of(String argument) {
        try {
            return Path.of(argument).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new BadInputException("not a file name: " + argument);
        }
    }

    /** A file to read: it must exist and be readable. */
    static Path existing(String argument) {
        Path file = of(argument);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no such file " + file);
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException("cannot read " + file);
        }
        return file;
    }

    /** A file to write: its folder must exist (a mistyped folder is not created). */
    static Path writable(String argument) {
        Path file = of(argument);
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BadInputException("no such folder " + folder + " for " + file.getFileName());
        }
        return file;
    }
}
