package org.calfcheck.ui.coach;

import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.CareWords;

/** Care levels in the engine's one wording, and the style class that colours them. */
final class CareLevelText {

    private CareLevelText() {
    }

    /** The same words the runner saw on the results and the sheet. */
    static String of(CareLevel level) {
        return CareWords.of(level).title();
    }

    static String styleClass(CareLevel level) {
        return "care-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
