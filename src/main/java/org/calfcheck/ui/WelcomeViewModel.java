package org.calfcheck.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.calfcheck.engine.DistanceUnit;

/** The welcome page: the runner picks km or miles and starts once the content has loaded. */
public final class WelcomeViewModel {

    private final ObjectProperty<DistanceUnit> units = new SimpleObjectProperty<>(DistanceUnit.KM);
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Getting the questions ready…");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final Consumer<DistanceUnit> onStart;

    /** @param onStart called with the chosen unit when the runner starts the check */
    public WelcomeViewModel(Consumer<DistanceUnit> onStart) {
        this.onStart = onStart;
    }

    /** The distance unit for every distance question, chosen by the runner. */
    public ObjectProperty<DistanceUnit> unitsProperty() {
        return units;
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** A line under the start button: loading, ready, or why the check cannot start. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public void contentReady() {
        failed.set(false);
        canStart.set(true);
        status.set("About three minutes, one topic per page.");
    }

    public void contentFailed(String summary) {
        canStart.set(false);
        failed.set(true);
        status.set(summary + " The check cannot start; please report this problem.");
    }

    public void start() {
        if (canStart.get()) {
            onStart.accept(units.get());
        }
    }
}
