package app.rapport.cli;

/**
 * One command. It checks its arguments before it opens the store, so bad input changes nothing; it throws
 * {@link BadInputException} for that and any other exception for a failure.
 */
@FunctionalInterface
interface Command {

    void run(Invocation invocation);
}
