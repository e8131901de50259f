package org.calfcheck.engine;

import java.util.List;
import org.calfcheck.content.Dose;

/**
 * One thing to do in the routine, copied from the content so a saved routine never changes.
 *
 * @param kind     what sort of item: "WARM_UP", "STRETCH", "STRENGTH", "RECOVERY", "FORM", "FOOTWEAR", "PROGRESSION"
 * @param doseText the dose in words ("10–15 reps, 2 sets"), the same everywhere it is shown
 * @param forCauses ids of the likely causes this item answers
 */
public record RoutineItem(String id, String kind, String title, String summary, List<String> steps, Dose dose,
                          String doseText, List<String> cautions, List<String> forCauses) {
    public RoutineItem {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        forCauses = List.copyOf(forCauses);
    }
}
