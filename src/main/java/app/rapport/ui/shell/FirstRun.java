package app.rapport.ui.shell;

import java.util.List;

import javafx.scene.layout.StackPane;

import app.rapport.ui.Page;
import app.rapport.ui.PageContext;
import app.rapport.ui.welcome.TourDialog;
import app.rapport.ui.welcome.WelcomeView;

/**
 * An empty store that has never been greeted gets the welcome page instead of an empty home; each of its five
 * ways to start marks the welcome as done and then offers the short tour.
 */
final class FirstRun implements WelcomeView.Choices {

    static final String WELCOMED = "ui.welcomed";

    private final PageContext context;
    private final StackPane content;
    private final Runnable openDownloads;

    FirstRun(PageContext context, StackPane content, Runnable openDownloads) {
        this.context = context;
        this.content = content;
        this.openDownloads = openDownloads;
    }

    void welcomeIfNew() {
        context.tasks().read(this, () -> context.services().preferences().get(WELCOMED).isEmpty()
                && context.services().contacts().isEmpty(), isNew -> {
                    if (isNew) {
                        content.getChildren().setAll(new WelcomeView(this));
                    }
                }, error -> { });
    }

    @Override
    public void importLinkedIn() {
        done();
        context.navigator().openImport(List.of());
        tour();
    }

    @Override
    public void importPhoneContacts() {
        importLinkedIn();
    }

    @Override
    public void importPlatformDownloads() {
        done();
        context.navigator().open(Page.HOME);
        openDownloads.run();
        tour();
    }

    @Override
    public void exploreSampleData() {
        done();
        context.tasks().run(() -> {
            context.services().sampleData().load();
            return Boolean.TRUE;
        }, loaded -> {
            context.navigator().open(Page.HOME);
            tour();
        }, error -> context.navigator().open(Page.HOME));
    }

    @Override
    public void startEmpty() {
        done();
        context.navigator().open(Page.HOME);
        tour();
    }

    private void done() {
        context.tasks().run(() -> {
            context.services().preferences().put(WELCOMED, "yes");
            return Boolean.TRUE;
        }, saved -> { }, error -> { });
    }

    private void tour() {
        context.dialogs().showAndWait(new TourDialog());
    }
}
