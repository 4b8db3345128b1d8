package app.rapport.ui.home;

import java.time.YearMonth;

import app.rapport.domain.Category;
import app.rapport.domain.VerdictKind;

/** Where the home page sends the user; the main window implements it by opening the page, filtered. */
public interface HomeNavigator {

    void openContact(long id);

    void openContactsWithCategory(Category category);

    /** The readiness page filtered by verdict and platform; null for either means "all". */
    void openReadiness(VerdictKind verdict, String platformId);

    void openPendingRequests(String platformId);

    void openFollowUps();

    void openContactsWithInteractionIn(YearMonth month);
}
