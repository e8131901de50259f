package org.calfcheck.ui.recovery;

import java.util.List;
import javafx.scene.layout.VBox;
import org.calfcheck.engine.recovery.CheckIn;

/** Placeholder with the agreed API only, so the recovery page compiles; the real charts replace this file. */
public final class RecoveryCharts extends VBox {

    public RecoveryCharts() {
        setId("recovery-charts");
    }

    public void show(List<CheckIn> checkIns) {
        // drawn by the real charts
    }
}
