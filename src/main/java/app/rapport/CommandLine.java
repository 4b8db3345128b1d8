package app.rapport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The global options, up to the first word that is not an option: that word is the command, and it and
 * everything after it are the command's own. No command means the window.
 */
record CommandLine(String dataDir, boolean wantsVersion, boolean wantsHelp, List<String> command, String problem) {

    CommandLine {
        command = List.copyOf(command);
    }

    static CommandLine parse(String[] args) {
        String dataDir = null;
        boolean version = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--version", "-V" -> version = true;
                case "--help", "-h" -> help = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.length) {
                        return problem("--data-dir needs a folder");
                    }
                    dataDir = args[++i];
                }
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = arg.substring("--data-dir=".length());
                    } else if (arg.startsWith("-")) {
                        return problem("unknown option " + arg);
                    } else {
                        return new CommandLine(dataDir, version, help, List.of(args).subList(i, args.length), null);
                    }
                }
            }
        }
        return new CommandLine(dataDir, version, help, List.of(), null);
    }

    private static CommandLine problem(String problem) {
        return new CommandLine(null, false, false, List.of(), problem);
    }

    boolean opensWindow() {
        return command.isEmpty() || !filesToOpen().isEmpty();
    }

    /**
     * Files to import in the window: what the desktop passes when the user double-clicks a .rapport.json (or
     * drops files on the launcher). Only existing files count, so a mistyped command still says so.
     */
    List<Path> filesToOpen() {
        if (command.isEmpty() || !command.stream().allMatch(word -> Files.isRegularFile(Path.of(word)))) {
            return List.of();
        }
        return command.stream().map(Path::of).toList();
    }
}
