package app.rapport.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every report of long work as "step done/total", and says Cancel from the first that starts with
 * {@code at}.
 */
final class CancelAt implements WorkProgress {

    final List<String> reports = new ArrayList<>();
    private final String at;
    private boolean cancelled;

    CancelAt(String at) {
        this.at = at;
    }

    @Override
    public void worked(String step, long done, long total) {
        String report = step + " " + done + "/" + total;
        reports.add(report);
        cancelled |= report.startsWith(at);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
