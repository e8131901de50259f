package org.calfcheck.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The start-up baseline: the smallest JavaFX window (a label and a button), timed exactly like
 * {@code calfcheck --smoke} — from JVM start to the end of the first pulse that drew the window.
 * Run: {@code java -cp target/calfcheck.jar:target/test-classes org.calfcheck.bench.MinimalWindow}.
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong at = new AtomicLong();
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new VBox(8, new Label("Hello"), new Button("OK")), 1120, 780);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    at.set(System.currentTimeMillis());
                    drawn.countDown();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setScene(scene);
            stage.show();
        });
        drawn.await();
        Platform.exit();
        System.out.println("startup-ms " + (at.get() - ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
