package app.rapport.interchange;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The export files under src/test/resources/interchange, written byte for byte like the real ones. */
final class Fixtures {

    private Fixtures() {
    }

    static Path file(String name) {
        URL url = Fixtures.class.getResource("/interchange/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
