package app.rapport.ui;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.Category;
import app.rapport.domain.VerdictKind;

/** Says where a page would send the user, so a test can check the whole journey in one list. */
public final class RecordingNavigator implements Navigator {

    public final List<String> navigated = new ArrayList<>();

    @Override
    public void open(Page page) {
        navigated.add("page " + page);
    }

    @Override
    public void openContact(long contactId, String platformId) {
        navigated.add("contact " + contactId + (platformId == null ? "" : " " + platformId));
    }

    @Override
    public void back() {
        navigated.add("back");
    }

    @Override
    public void openContactsWithCategory(Category category) {
        navigated.add("category " + category);
    }

    @Override
    public void openContactsWithInteractionIn(YearMonth month) {
        navigated.add("month " + month);
    }

    @Override
    public void openReadiness(VerdictKind verdict, String platformId) {
        navigated.add("readiness " + verdict + " " + platformId);
    }

    @Override
    public void openPendingRequests(String platformId) {
        navigated.add("pending " + platformId);
    }

    @Override
    public void openGuide(String section) {
        navigated.add("guide " + section);
    }

    @Override
    public void openImport(List<Path> files) {
        navigated.add("import " + files);
    }
}
