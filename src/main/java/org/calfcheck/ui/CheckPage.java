package org.calfcheck.ui;

import javafx.scene.Node;

/**
 * "Check my calves": welcome, then the questionnaire one section per page, then the results. One instance per
 * window; the content arrives later (loaded off the FX thread) through {@link #contentLoaded}.
 */
public final class CheckPage implements Page {

    private final WelcomeViewModel welcome;
    private final CenteredColumn view;

    private final DialogService dialogs;
    private final java.util.concurrent.Executor background;

    public CheckPage(DialogService dialogs, java.util.concurrent.Executor background) {
        this.dialogs = dialogs;
        this.background = background;
        this.welcome = new WelcomeViewModel(units -> { });
        this.view = new CenteredColumn(new WelcomeView(welcome));
        view.setId("check-page");
    }

    @Override
    public String name() {
        return "Check my calves";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reset() {
        view.setColumn(new WelcomeView(welcome));
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public void contentLoaded(ContentOutcome outcome) {
        if (outcome instanceof ContentOutcome.Loaded) {
            welcome.contentReady();
        } else if (outcome instanceof ContentOutcome.Failed failed) {
            welcome.contentFailed(failed.summary());
        }
    }
}
