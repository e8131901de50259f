package org.calfcheck.ui.recovery;

import java.util.function.Consumer;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.CenteredColumn;
import org.calfcheck.ui.DialogService;
import org.calfcheck.ui.Page;

/**
 * "My recovery": the plan of a runner on their own, kept under their one client, "Me". Loaded when the page is
 * made and again each time a plan starts from the results page.
 */
public final class MyRecoveryPage implements Page {

    public static final String NAME = "My recovery";

    private final RecoveryViewModel model;
    private final CenteredColumn view;

    public MyRecoveryPage(RecoveryBook book, BackgroundRunner background, DialogService dialogs) {
        this(book, background, dialogs, Optional.empty());
    }

    /** With {@code printer}, the page offers "Print this week…": the routine sheet with this week's plan. */
    public MyRecoveryPage(RecoveryBook book, BackgroundRunner background, DialogService dialogs,
                          Optional<Consumer<RecoveryBook.PlanSheet>> printer) {
        this.model = new RecoveryViewModel(book, background, dialogs, printer);
        Label heading = new Label(NAME);
        heading.getStyleClass().add("heading");
        Label lead = CheckInView.wrapped("Check in each morning: the plan moves on, holds or steps back from what"
                + " you log, and pauses if a warning sign comes back.");
        lead.getStyleClass().add("lead");
        VBox content = new VBox(14, heading, lead, new RecoveryView(model, false));
        this.view = new CenteredColumn(content);
        view.setId("my-recovery-page");
        // coming back to the page shows what was logged meanwhile (on the coach's page for "Me", or a command)
        view.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.reload();
            }
        });
        model.showMe();
    }

    /** The results page's "Start a recovery plan": saves the check to "Me" and starts from it. */
    public void startFrom(Answers answers, Assessment assessment, Runnable onStarted) {
        model.startFrom(answers, assessment, onStarted);
    }

    public RecoveryViewModel model() {
        return model;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reset() {
        model.showMe();
    }
}
