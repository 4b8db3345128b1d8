package app.rapport.cli;

import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.Platform;
import app.rapport.domain.Verdict;
import app.rapport.service.ReadinessMatrix;
import app.rapport.service.ReadinessRow;

/** {@code readiness}: one row per active contact and visible platform, as the readiness page shows them. */
final class ReadinessCommand implements Command {

    static final String USAGE = "readiness [--as-of DATE] [--format csv|table]";
    static final List<String> HEADER = List.of("contact", "platform", "verdict", "next_step");

    @Override
    public void run(Invocation invocation) {
        ReportOptions options = ReportOptions.parse(invocation, USAGE);
        ReadinessMatrix matrix = invocation.withServices(options.clock(), services -> services.readiness().matrix());
        options.format().write(report(matrix), invocation.out());
    }

    static Report report(ReadinessMatrix matrix) {
        List<List<String>> rows = new ArrayList<>();
        for (ReadinessRow row : matrix.rows()) {
            for (Platform platform : matrix.platforms()) {
                Verdict verdict = row.verdict(platform.id());
                if (verdict != null) {
                    rows.add(List.of(row.contact().displayName(), platform.name(), verdict.kind().name(),
                            verdict.nextStep()));
                }
            }
        }
        return new Report(HEADER, rows);
    }
}
