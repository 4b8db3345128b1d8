package app.rapport.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: options that take a value ({@code --as-of DATE} or {@code --as-of=DATE}) and the
 * rest in order. {@code --} ends the options, for a file whose name starts with a dash.
 */
record Arguments(Map<String, String> options, List<String> positional) {

    Arguments {
        options = Map.copyOf(options);
        positional = List.copyOf(positional);
    }

    static Arguments parse(List<String> args, Set<String> valueOptions) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                if (!valueOptions.contains(name)) {
                    throw new BadInputException("unknown option " + name);
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new BadInputException(name + " needs a value");
                }
                if (options.putIfAbsent(name, value) != null) {
                    throw new BadInputException(name + " is given twice");
                }
            }
        }
        return new Arguments(options, positional);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The positional arguments, when there are between {@code min} and {@code max}; {@code usage} otherwise. */
    List<String> positional(int min, int max, String usage) {
        if (positional.size() > max) {
            throw new BadInputException("unexpected argument " + positional.get(max) + " (usage: " + usage + ")");
        }
        if (positional.size() < min) {
            throw new BadInputException("missing argument (usage: " + usage + ")");
        }
        return positional;
    }
}
