package app.rapport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code backup [FILE]}: the whole store as a zip; prints the file written. */
final class BackupCommand implements Command {

    static final String USAGE = "backup [FILE]";

    @Override
    public void run(Invocation invocation) {
        List<String> files = invocation.arguments().positional(0, 1, USAGE);
        Path target = files.isEmpty() ? null : target(files.getFirst());
        Path written = invocation.withServices(Clock.systemDefaultZone(), services -> services.backups().backup(target));
        invocation.out().println(written);
    }

    private static Path target(String argument) {
        Path file = FileArguments.of(argument);
        return Files.isDirectory(file) ? file : FileArguments.writable(argument);
    }
}
