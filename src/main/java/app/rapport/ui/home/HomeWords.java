package app.rapport.ui.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.StringJoiner;

import app.rapport.domain.Category;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Article;
import app.rapport.domain.FollowUpRule;
import app.rapport.service.DueFollowUp;

/** How the home page says things, in one place so the page and its tests agree. */
public final class HomeWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");
    private static final DateTimeFormatter FULL_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private static final String SORT_THEM = "Sort them now (Ctrl+7)";

    private HomeWords() {
    }

    public static String today(LocalDate today) {
        return TODAY.format(today);
    }

    public static String overdueSince(LocalDate due) {
        return "Overdue since " + DATE.format(due);
    }

    /** "Ada Lovelace · LinkedIn · Overdue since …": who, where, and when; the shared one says where it leads. */
    public static String dueDetail(DueFollowUp item, LocalDate today) {
        StringJoiner detail = new StringJoiner(" \u00b7 ");
        detail.add(item.sharedSort() ? SORT_THEM : item.contactName());
        if (item.platformName() != null) {
            detail.add(item.platformName());
        }
        detail.add(item.due().isBefore(today) ? overdueSince(item.due()) : "Due today");
        return detail.toString();
    }

    /** Why the follow-up exists, for its tooltip. */
    public static String why(DueFollowUp item) {
        return FollowUpRule.named(item.rule()).map(rule -> Article.words(rule.why())).orElse(switch (item.rule()) {
            case FollowUp.COLLISION -> "A professional contact can see your personal posts";
            default -> "You added this follow-up";
        });
    }

    /** The last line of a due item's tooltip: where clicking it goes. */
    public static String opens(DueFollowUp item) {
        return item.sharedSort() ? "Opens the Sort page." : "Opens " + item.contactName() + "'s page.";
    }

    public static String waiting(String platformName, int count) {
        return platformName + " \u2014 " + waiting(count);
    }

    public static String waiting(int count) {
        return String.format("%,d waiting", count);
    }

    public static String sliceLabel(Category category, int count) {
        return String.format("%s (%,d)", category.label(), count);
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public static String fullMonth(YearMonth month) {
        return FULL_MONTH.format(month);
    }

    public static String contacts(int count) {
        return count == 1 ? "1 contact" : String.format("%,d contacts", count);
    }

    public static String interactions(int count) {
        return count == 1 ? "1 interaction" : String.format("%,d interactions", count);
    }

    public static String more(int count) {
        return String.format("and %,d more", count);
    }
}
