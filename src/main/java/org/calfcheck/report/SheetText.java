package org.calfcheck.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.CareWords;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.Strength;

/** The sheet's own fixed words (everything that does not come from the assessment), in one place. */
final class SheetText {

    static final String TITLE = "CalfCheck routine";
    static final String NOT_A_DIAGNOSIS =
            "Not a diagnosis: general guidance from your answers. If in doubt, see a health professional.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private SheetText() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The engine's one wording of the level: "See a doctor today. Your answers include …". */
    static String careLevel(CareLevel level) {
        CareWords words = CareWords.of(level);
        return words.title() + ". " + words.detail();
    }

    static String strength(Strength strength) {
        return switch (strength) {
            case STRONG -> "strong match";
            case MODERATE -> "moderate match";
            case POSSIBLE -> "possible";
        };
    }

    static String emptyRoutine(CareLevel level) {
        return level == CareLevel.EMERGENCY
                ? "No exercises for now. Get help first: stretching, massage and exercise wait until a"
                        + " professional has seen you. Rest the leg and do not rub it."
                : "No routine items came out of your answers.";
    }

    static String heldBack(int count) {
        return count == 1
                ? "One item is left out on purpose until you have been seen."
                : count + " items are left out on purpose until you have been seen.";
    }

    /** The shoe line of the checklist: the usual replacement range, and the runner's own distance when known. */
    static String footwear(DistanceUnit units, Optional<Double> shoeDistance) {
        String range = units == DistanceUnit.MI
                ? "every 300–500 miles (480–800 km)"
                : "every 480–800 km (300–500 miles)";
        String base = "Replace running shoes " + range + " or about every six months.";
        if (shoeDistance.isEmpty()) {
            return base;
        }
        double value = shoeDistance.get();
        String unit = units == DistanceUnit.MI ? "miles" : "km";
        String yours = " Yours have done " + Math.round(value) + " " + unit;
        double km = units.toKm(value);
        if (km >= 800) {
            return base + yours + ": time for a new pair.";
        }
        if (km >= 480) {
            return base + yours + ": plan a new pair soon.";
        }
        return base + yours + ".";
    }

}
