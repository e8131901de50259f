package org.calfcheck.ui;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * JavaFX moves round a toggle group's ends with the arrow keys (and selects on the way); a keyboard user must never
 * land on "Yes" from "No" of a red-flag question that way, nor switch Miles back to Kilometres by pressing on past
 * the end, so the arrows stop at the first and last option of a group.
 */
final class ArrowKeysStop {

    private ArrowKeysStop() {
    }

    /** Stops the arrow keys at the ends of {@code toggle}'s group (set the group first). */
    static void atTheEnds(ToggleButton toggle) {
        toggle.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (toggle.getToggleGroup() == null) {
                return;
            }
            var toggles = toggle.getToggleGroup().getToggles();
            int at = toggles.indexOf(toggle);
            KeyCode code = event.getCode();
            boolean forward = code == KeyCode.RIGHT || code == KeyCode.DOWN || code == KeyCode.KP_RIGHT
                    || code == KeyCode.KP_DOWN;
            boolean back = code == KeyCode.LEFT || code == KeyCode.UP || code == KeyCode.KP_LEFT
                    || code == KeyCode.KP_UP;
            if (forward && at == toggles.size() - 1 || back && at == 0) {
                event.consume();
            }
        });
    }
}
