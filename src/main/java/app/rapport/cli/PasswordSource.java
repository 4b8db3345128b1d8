package app.rapport.cli;

import java.io.Console;
import java.util.function.Function;

/**
 * Where a command gets the password of a protected store: the environment variable {@value #VARIABLE}, for
 * scripts, or else a prompt without echo when a person sits at a terminal. Commands otherwise never ask, so a
 * script without the variable fails at once instead of waiting for an answer no one gives.
 */
final class PasswordSource {

    static final String VARIABLE = "RAPPORT_PASSWORD";

    private final Function<String, String> environment;
    private final Console console;

    PasswordSource(Function<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    static PasswordSource ofThisProcess() {
        return new PasswordSource(System::getenv, System.console());
    }

    /**
     * The password of {@code what} ("the data in …", "the backup …"); the caller should clear the array.
     *
     * @throws BadInputException when there is neither the variable nor a terminal to ask at
     */
    char[] password(String what) {
        String given = environment.apply(VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        if (console != null && console.isTerminal()) {
            char[] typed = console.readPassword("Password of %s: ", what);
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new BadInputException(what + " is protected with a password. Set " + VARIABLE
                + " to it, or run the command in a terminal to be asked for it.");
    }
}
