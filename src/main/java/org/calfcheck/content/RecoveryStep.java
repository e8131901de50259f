package org.calfcheck.content;

import java.util.List;

/** One part of looking after a sore calf (rest, ice, elevation…), with its dose where it has one. */
public record RecoveryStep(String id, String title, String summary, String body, List<String> steps, Dose dose,
                           List<String> cautions, RoutineUse use) implements ContentItem {

    /** A step that belongs to running on (tests and fixtures). */
    public RecoveryStep(String id, String title, String summary, String body, List<String> steps, Dose dose,
                        List<String> cautions) {
        this(id, title, summary, body, steps, dose, cautions, RoutineUse.RUNNING_ON);
    }
}
