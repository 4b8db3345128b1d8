package app.rapport.interchange;

import java.util.Arrays;
import java.util.function.Predicate;

/** How a reader recognises its header row among a file's first lines, and how to name it when it is missing. */
record HeaderSignature(String shownAs, Predicate<Header> test) {

    static HeaderSignature requiring(String shownAs, String... columns) {
        return new HeaderSignature(shownAs, header -> Arrays.stream(columns).allMatch(header::has));
    }

    boolean matches(Header header) {
        return test.test(header);
    }
}
