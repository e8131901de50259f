package org.calfcheck.ui;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.LoggerFactory;

/**
 * A page whose real content needs slow work first (the coach page opens a database). The shell gets it at once
 * and the work starts only after the first frame, so start-up never waits for it or competes with it for the
 * processor; until the work is done the page says so, then it shows the real page, or why it could not open.
 */
public final class DeferredPage implements Page {

    private final String name;
    private final StackPane holder = new StackPane();
    private final Supplier<CompletionStage<Page>> work;
    private Optional<Page> ready = Optional.empty();
    private boolean started;

    /** @param work starts the slow work and completes with the real page, shown on the FX thread once there */
    public DeferredPage(String name, String waitingText, Supplier<CompletionStage<Page>> work) {
        this.name = name;
        this.work = work;
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label waiting = new Label(waitingText);
        VBox placeholder = new VBox(12, spinner, waiting);
        placeholder.setId("page-waiting");
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        holder.getChildren().setAll(placeholder);
    }

    @Override
    public void afterFirstFrame() {
        if (started) {
            return;
        }
        started = true;
        CompletionStage<Page> opening;
        try {
            opening = work.get();
        } catch (RuntimeException e) {
            opening = java.util.concurrent.CompletableFuture.failedFuture(e);
        }
        opening.whenComplete((real, error) -> Platform.runLater(() -> {
            if (error == null) {
                ready = Optional.of(real);
                holder.getChildren().setAll(real.view());
            } else {
                failed(error instanceof java.util.concurrent.CompletionException wrapped && wrapped.getCause() != null
                        ? wrapped.getCause() : error);
            }
        }));
    }

    /** The work failed: say so on the page, instead of a spinner that never stops, and log why. */
    private void failed(Throwable error) {
        LoggerFactory.getLogger(DeferredPage.class).error("The {} page could not be opened", name, error);
        Label heading = new Label("The " + name + " page could not be opened.");
        heading.getStyleClass().add("page-failed-heading");
        Label detail = new Label(String.valueOf(error.getMessage() == null ? error : error.getMessage())
                + "\n\nThe details are in the log. The rest of CalfCheck works as before.");
        detail.setWrapText(true);
        detail.setMaxWidth(640);
        VBox message = new VBox(12, heading, detail);
        message.setId("page-failed");
        message.setAlignment(javafx.geometry.Pos.CENTER);
        message.setMaxWidth(660);
        holder.getChildren().setAll(message);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Node view() {
        return holder;
    }

    @Override
    public void reset() {
        ready.ifPresent(Page::reset);
    }
}
