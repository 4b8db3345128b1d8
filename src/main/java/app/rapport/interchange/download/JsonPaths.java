package app.rapport.interchange.download;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/** Where a parser stands, written the way the user's message shows it: {@code friends_v2[3].name}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonParser parser) {
        StringBuilder path = new StringBuilder();
        append(parser.getParsingContext(), path);
        return path.isEmpty() ? "the start" : path.toString();
    }

    private static void append(JsonStreamContext context, StringBuilder path) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(context.getParent(), path);
        if (context.inArray()) {
            path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
        } else if (context.getCurrentName() != null) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(context.getCurrentName());
        }
    }
}
