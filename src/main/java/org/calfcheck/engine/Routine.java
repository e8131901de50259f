package org.calfcheck.engine;

import java.util.List;
import java.util.stream.Stream;

/**
 * The personal routine: warm-up before runs, stretches (and strength work) after, recovery, prevention tips.
 * Every list may be empty; at {@code EMERGENCY} all of them are.
 */
public record Routine(List<RoutineItem> warmUp, List<RoutineItem> stretches, List<RoutineItem> recovery,
                      List<RoutineItem> prevention) {

    public static final Routine EMPTY = new Routine(List.of(), List.of(), List.of(), List.of());

    public Routine {
        warmUp = List.copyOf(warmUp);
        stretches = List.copyOf(stretches);
        recovery = List.copyOf(recovery);
        prevention = List.copyOf(prevention);
    }

    public List<RoutineItem> all() {
        return Stream.of(warmUp, stretches, recovery, prevention).flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }
}
