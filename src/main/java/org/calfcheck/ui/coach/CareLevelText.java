package org.calfcheck.ui.coach;

import org.calfcheck.content.CareLevel;

/** Care levels in a coach's words, and the style class that colours them. */
final class CareLevelText {

    private CareLevelText() {
    }

    static String of(CareLevel level) {
        return switch (level) {
            case SELF_CARE -> "Self-care";
            case SOON -> "See someone soon";
            case URGENT -> "Doctor today";
            case EMERGENCY -> "Emergency";
        };
    }

    static String styleClass(CareLevel level) {
        return "care-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
