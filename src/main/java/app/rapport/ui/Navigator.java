package app.rapport.ui;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import app.rapport.domain.Category;
import app.rapport.domain.VerdictKind;

/** Where a page can send the user: another page (filtered), one contact's page, back, or the import wizard. */
public interface Navigator {

    void open(Page page);

    /** One contact's page, at one platform's card when {@code platformId} is not null. */
    void openContact(long contactId, String platformId);

    default void openContact(long contactId) {
        openContact(contactId, null);
    }

    /** From a contact's page back to the page it was opened from. */
    void back();

    void openContactsWithCategory(Category category);

    void openContactsWithInteractionIn(YearMonth month);

    /** The readiness page filtered by verdict and platform; null for either means "all". */
    void openReadiness(VerdictKind verdict, String platformId);

    void openPendingRequests(String platformId);

    /** The Guide, at the section of this article (an {@code app.rapport.domain.Article} name). */
    void openGuide(String section);

    /** The import wizard, already reading {@code files} when some were dropped on the window. */
    void openImport(List<Path> files);
}
