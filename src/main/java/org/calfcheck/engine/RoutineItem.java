package org.calfcheck.engine;

import java.util.List;
import org.calfcheck.content.Dose;

/**
 * One thing to do in the routine, copied from the content so a saved routine never changes.
 *
 * @param kind      what sort of item: "WARM_UP", "STRETCH", "STRENGTH", "RECOVERY", "FORM", "FOOTWEAR", "PROGRESSION"
 * @param doseText  the dose in words ("10–15 reps, 2 sets"), the same everywhere it is shown
 * @param forCauses ids of the likely causes this item answers
 * @param because   why it is in this runner's routine, in their words ("you said your shoes have done 700 km");
 *                  never empty for a routine the engine built
 */
public record RoutineItem(String id, String kind, String title, String summary, List<String> steps, Dose dose,
                          String doseText, List<String> cautions, List<String> forCauses, List<String> because) {
    public RoutineItem {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        forCauses = List.copyOf(forCauses);
        because = List.copyOf(because);
    }

    /**
     * Why, for every screen: one short sentence per reason ("Because you said …. It helps with …."), since reasons
     * strung together with semicolons read as one long sentence; empty if none.
     */
    public String why() {
        if (because.isEmpty()) {
            return "";
        }
        StringBuilder why = new StringBuilder("Because ").append(because.get(0)).append('.');
        for (String reason : because.subList(1, because.size())) {
            if (reason.isEmpty()) {
                continue;
            }
            why.append(' ').append(Character.toUpperCase(reason.charAt(0))).append(reason.substring(1)).append('.');
        }
        return why.toString();
    }

    /** The first and most particular reason only, for a sheet that must stay short; empty if none. */
    public String mainReason() {
        return because.isEmpty() ? "" : "Because " + because.get(0) + ".";
    }

    /** An item with no reasons yet (tests and fixtures). */
    public RoutineItem(String id, String kind, String title, String summary, List<String> steps, Dose dose,
                       String doseText, List<String> cautions, List<String> forCauses) {
        this(id, kind, title, summary, steps, dose, doseText, cautions, forCauses, List.of());
    }
}
