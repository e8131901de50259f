package org.calfcheck.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop app. */
public final class CalfCheckApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(CalfCheckApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("CalfCheck");
        Label notice = new Label("CalfCheck helps you understand sore calves after running. It is not a diagnosis.");
        stage.setScene(new Scene(new VBox(16, title, notice), 1024, 700));
        stage.setTitle("CalfCheck");
        stage.show();
    }
}
