package app.rapport.cli;

import java.util.List;
import java.util.Objects;

import app.rapport.service.FollowUpItem;

/**
 * {@code followups}: the open follow-ups after the rules are re-evaluated as of the day asked for. The
 * re-evaluation is not kept, so asking about another day never moves the real queue.
 */
final class FollowUpsCommand implements Command {

    static final String USAGE = "followups [--as-of DATE] [--format csv|table]";
    static final List<String> HEADER = List.of("contact", "platform", "rule", "due", "title");

    @Override
    public void run(Invocation invocation) {
        ReportOptions options = ReportOptions.parse(invocation, USAGE);
        List<FollowUpItem> open = invocation.withServices(options.clock(), services -> services.followUps().preview());
        options.format().write(report(open), invocation.out());
    }

    static Report report(List<FollowUpItem> open) {
        return new Report(HEADER, open.stream().map(item -> List.of(item.contactName(),
                Objects.requireNonNullElse(item.platformName(), ""), item.followUp().rule(),
                item.followUp().due().toString(), item.followUp().title())).toList());
    }
}
