package app.rapport;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Logback's own warnings and errors (such as a log folder it cannot write), on standard error. Without a
 * listener logback prints them on standard output, which carries the commands' reports; its stock console
 * listeners would print every routine message of its start-up as well. Named in logback.xml.
 */
public final class LoggingProblems implements StatusListener {

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            System.err.println("rapport: logging: " + status.getMessage());
        }
    }
}
