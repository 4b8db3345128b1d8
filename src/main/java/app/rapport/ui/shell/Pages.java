package app.rapport.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import app.rapport.ui.Page;
import app.rapport.ui.PageContext;
import app.rapport.ui.ShellPage;
import app.rapport.ui.collisions.CollisionsView;
import app.rapport.ui.collisions.CollisionsViewModel;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.followups.FollowUpsView;
import app.rapport.ui.followups.FollowUpsViewModel;
import app.rapport.ui.guide.GuideView;
import app.rapport.ui.home.HomeView;
import app.rapport.ui.readiness.ReadinessView;
import app.rapport.ui.settings.SettingsView;
import app.rapport.ui.sort.SortView;

/**
 * Which view shows which page: one line each. A page is built when first opened; the two whose counts are
 * sidebar badges have their models from the start, since a badge counts on every page.
 */
final class Pages {

    private final PageContext context;
    private final FollowUpsViewModel followUps;
    private final CollisionsViewModel collisions;
    private final Map<Page, ShellPage> built = new EnumMap<>(Page.class);

    Pages(PageContext context) {
        this.context = context;
        this.followUps = new FollowUpsViewModel(context.services(), context.tasks(), context.dialogs(),
                context.changes());
        this.collisions = new CollisionsViewModel(context.services().collisions(), context.tasks(), context.changes());
    }

    ShellPage get(Page page) {
        return built.computeIfAbsent(page, this::create);
    }

    private ShellPage create(Page page) {
        return switch (page) {
            case HOME -> HomeView.page(context);
            case CONTACTS -> ContactsView.page(context);
            case SORT -> SortView.page(context);
            case READINESS -> ReadinessView.page(context);
            case FOLLOW_UPS -> new FollowUpsView(followUps, context.navigator(), context.dialogs());
            case COLLISIONS -> new CollisionsView(collisions, context.navigator());
            case SETTINGS -> SettingsView.page(context);
            case GUIDE -> new GuideView();
        };
    }

    /** The count a page's sidebar button shows, for the pages that have one. */
    Optional<Badge> badge(Page page) {
        return switch (page) {
            case FOLLOW_UPS -> Optional.of(new Badge("follow-ups-badge", followUps.dueCountProperty(), "follow-up due",
                    "follow-ups due"));
            case COLLISIONS -> Optional.of(new Badge("collisions-badge", collisions.countProperty(), "collision",
                    "collisions"));
            default -> Optional.empty();
        };
    }
}
