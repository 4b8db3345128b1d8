package app.rapport.ui.shell;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import app.rapport.domain.Category;
import app.rapport.domain.VerdictKind;
import app.rapport.ui.KeyboardFocus;
import app.rapport.ui.Navigator;
import app.rapport.ui.Page;
import app.rapport.ui.ScrollPlace;
import app.rapport.ui.ShellPage;
import app.rapport.ui.contact.ContactPageView;
import app.rapport.ui.guide.GuideView;
import app.rapport.ui.contacts.ContactsView;
import app.rapport.ui.readiness.ReadinessView;

/**
 * Opens pages in the window's content area, one at a time: a sidebar page, or one contact's page over the page
 * it was opened from. The page that leaves is told so, and the one that comes is told it shows. The contact page
 * is never taken out of the window, only hidden.
 */
final class ShellNavigator implements Navigator {

    private final StackPane content;
    private final Consumer<List<Path>> importer;
    private Pages pages;
    private ContactPageView contactPage;
    private Page current = Page.HOME;
    private ShellPage showing;
    private Consumer<Page> onOpen = page -> { };
    private Consumer<Page> focusInSidebar = page -> { };
    /** The control a contact's page took the focus from (a row, a link), which Back gives it to again. */
    private Node focusBeforeContact;

    ShellNavigator(StackPane content, Consumer<List<Path>> importer) {
        this.content = content;
        this.importer = importer;
    }

    /**
     * The pages and the contact page exist only once the navigator they navigate with does; {@code whenOpened}
     * marks the page in the sidebar, {@code sidebarFocus} gives its button there the keyboard focus.
     */
    void connect(Pages builtPages, ContactPageView contactPageView, Consumer<Page> whenOpened,
            Consumer<Page> sidebarFocus) {
        this.pages = builtPages;
        this.contactPage = contactPageView;
        this.onOpen = whenOpened;
        this.focusInSidebar = sidebarFocus;
    }

    @Override
    public void open(Page page) {
        open(page, false);
    }

    /**
     * Opened by its shortcut, or once work in a window of its own is done (an import): the page takes the keyboard
     * focus, wherever it was.
     */
    void openWithFocus(Page page) {
        open(page, true);
    }

    private void open(Page page, boolean withFocus) {
        open(page, withFocus, null);
    }

    private void open(Page page, boolean withFocus, Node returnTo) {
        focusBeforeContact = null;
        current = page;
        ShellPage opened = pages.get(page);
        show(opened);
        onOpen.accept(page);
        // A link on the page left behind (Home's "All follow-ups", a contact's Back) took the focus away with it;
        // a click in the sidebar keeps it there.
        Node owner = focusOwner(opened.view());
        if (returnTo != null && KeyboardFocus.showing(returnTo)) {
            returnTo.requestFocus();
        } else if (withFocus || owner != null && !KeyboardFocus.showing(owner)) {
            takeFocus(opened);
        }
    }

    private static Node focusOwner(Node view) {
        return view.getScene() == null ? null : view.getScene().getFocusOwner();
    }

    /** The page takes the keyboard focus, or its button in the sidebar when it has nowhere to put it. */
    private void takeFocus(ShellPage page) {
        if (!page.takeFocus()) {
            focusInSidebar.accept(current);
        }
    }

    @Override
    public void openContact(long contactId, String platformId) {
        ShellPage leaving = showing;
        Node owner = leaving == null ? null : focusOwner(leaving.view());
        contactPage.focusPlatformOnShow(platformId);
        show(contactPage);
        contactPage.show(contactId);
        // Opened from a row or a link of the page it covers: the focus would go with that page.
        if (leaving != contactPage && owner != null && ScrollPlace.isInside(owner, leaving.view())) {
            focusBeforeContact = owner;
            contactPage.takeFocus();
        }
    }

    @Override
    public void back() {
        open(current, false, focusBeforeContact);
    }

    @Override
    public void openContactsWithCategory(Category category) {
        open(Page.CONTACTS);
        ((ContactsView) pages.get(Page.CONTACTS)).showCategory(category);
    }

    @Override
    public void openContactsWithInteractionIn(YearMonth month) {
        open(Page.CONTACTS);
        ((ContactsView) pages.get(Page.CONTACTS)).showTalkedToIn(month);
    }

    @Override
    public void openReadiness(VerdictKind verdict, String platformId) {
        open(Page.READINESS);
        ((ReadinessView) pages.get(Page.READINESS)).showOnly(verdict, platformId, false);
    }

    @Override
    public void openPendingRequests(String platformId) {
        open(Page.READINESS);
        ((ReadinessView) pages.get(Page.READINESS)).showOnly(null, platformId, true);
    }

    @Override
    public void openGuide(String section) {
        open(Page.GUIDE);
        ((GuideView) pages.get(Page.GUIDE)).showSection(section);
    }

    @Override
    public void openImport(List<Path> files) {
        importer.accept(files);
    }

    /** The page on screen: a sidebar page or a contact's page. */
    ShellPage showing() {
        return showing;
    }

    boolean onContactPage() {
        return showing == contactPage;
    }

    private void show(ShellPage page) {
        if (showing != null && showing != page) {
            showing.hidden();
        }
        showing = page;
        Node view = page.view();
        StackPane.setAlignment(view, Pos.TOP_LEFT);
        // The contact page stays in the window, hidden, while a sidebar page shows: taken out and put back,
        // JavaFX would match the styles of its hundreds of controls again, most of what opening a contact cost.
        Node kept = contactPage.view();
        kept.setVisible(page == contactPage);
        kept.setManaged(page == contactPage);
        List<Node> children = content.getChildren();
        children.removeIf(child -> child != kept && child != view);
        if (!children.contains(kept)) {
            StackPane.setAlignment(kept, Pos.TOP_LEFT);
            children.addFirst(kept);
        }
        if (!children.contains(view)) {
            children.add(view);
        }
        page.shown();
    }
}
