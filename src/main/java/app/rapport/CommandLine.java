package app.rapport;

/** The options Rapport understands when it opens its window. */
record CommandLine(String dataDir, boolean wantsVersion, String problem) {

    static final String USAGE = "usage: rapport [--data-dir DIR] [--version]";

    static CommandLine parse(String[] args) {
        String dataDir = null;
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version", "-V" -> version = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.length) {
                        return new CommandLine(null, false, "--data-dir needs a folder");
                    }
                    dataDir = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--data-dir=")) {
                        dataDir = args[i].substring("--data-dir=".length());
                    } else {
                        return new CommandLine(null, false, "unknown option " + args[i]);
                    }
                }
            }
        }
        return new CommandLine(dataDir, version, null);
    }
}
