package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.engine.DistanceUnit;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {

    private final List<DistanceUnit> started = new ArrayList<>();
    private final WelcomeViewModel model = new WelcomeViewModel(started::add);

    @Test
    void startIsOffUntilTheContentHasLoaded() {
        model.start();

        assertFalse(model.canStartProperty().get());
        assertTrue(started.isEmpty());
    }

    @Test
    void startPassesTheChosenUnit() {
        model.contentReady();
        model.unitsProperty().set(DistanceUnit.MI);

        model.start();

        assertEquals(List.of(DistanceUnit.MI), started);
    }

    @Test
    void brokenContentKeepsStartOffAndSaysWhy() {
        model.contentFailed("3 problems in the content.");

        assertFalse(model.canStartProperty().get());
        assertTrue(model.failedProperty().get());
        assertTrue(model.statusProperty().get().startsWith("3 problems in the content."));
    }
}
