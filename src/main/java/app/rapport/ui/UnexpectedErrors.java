package app.rapport.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.rapport.store.StoreWriteException;

/**
 * The last safety net: a bug anywhere shows a plain message instead of silently doing nothing, and the
 * log gets the stack trace without its message (messages may quote contact data).
 */
public final class UnexpectedErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private UnexpectedErrors() {
    }

    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected {} on thread {} at {}", error.getClass().getName(), thread.getName(),
                    error.getStackTrace().length > 0 ? error.getStackTrace()[0] : "?");
            FxThread.run(() -> show(error));
        });
    }

    private static void show(Throwable error) {
        alertFor(error).show();
    }

    /** A full or read-only disk is no bug: its own message tells the user what to do. */
    static Alert alertFor(Throwable error) {
        Optional<StoreWriteException> writeFailure = Stream.iterate(error, Objects::nonNull, Throwable::getCause)
                .filter(StoreWriteException.class::isInstance).map(StoreWriteException.class::cast).findFirst();
        Alert alert = FxDialogService.alert(Alert.AlertType.ERROR,
                writeFailure.isPresent() ? "Rapport could not save" : "Something went wrong",
                writeFailure.map(Throwable::getMessage).orElseGet(() -> "Rapport ran into a problem it did not "
                        + "expect and stopped what it was doing. Your saved data is safe. If it happens again, the log "
                        + "in the data folder's logs/ tells what went wrong.\n\n(" + error.getClass().getSimpleName()
                        + ")"), ButtonType.OK);
        alert.getDialogPane().setId("unexpected-error");
        return alert;
    }
}
