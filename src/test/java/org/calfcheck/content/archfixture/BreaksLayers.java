package org.calfcheck.content.archfixture;

import javafx.scene.control.Label;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.ui.CalfCheckApp;

/** Breaks the layering on purpose so ArchitectureTest can prove its rules catch it. Never used. */
public final class BreaksLayers {
    Label label() {
        return new Label("content must not touch JavaFX");
    }

    Answers answers() {
        return Answers.empty(DistanceUnit.KM);
    }

    Class<?> app() {
        return CalfCheckApp.class;
    }
}
