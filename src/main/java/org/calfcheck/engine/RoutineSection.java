package org.calfcheck.engine;

import java.util.List;

/**
 * One part of the routine with its heading, in the order a runner does things: rest and settle (or, when told
 * to stop running, what to do until seen), warm-up, after runs, prevention.
 */
public record RoutineSection(String id, String title, String intro, List<RoutineItem> items) {
    public RoutineSection {
        items = List.copyOf(items);
    }
}
