package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The personal routine: rest and settle, warm-up before runs, stretches and strength after, prevention tips.
 * Every list may be empty; at {@code EMERGENCY} all of them are.
 *
 * @param untilSeen a flag tells the runner to stop running until seen: the recovery part is what to do until
 *                  then, and nothing assumes the runner keeps running
 */
public record Routine(List<RoutineItem> warmUp, List<RoutineItem> stretches, List<RoutineItem> recovery,
                      List<RoutineItem> prevention, boolean untilSeen) {

    public static final Routine EMPTY = new Routine(List.of(), List.of(), List.of(), List.of(), false);

    public Routine {
        warmUp = List.copyOf(warmUp);
        stretches = List.copyOf(stretches);
        recovery = List.copyOf(recovery);
        prevention = List.copyOf(prevention);
    }

    public Routine(List<RoutineItem> warmUp, List<RoutineItem> stretches, List<RoutineItem> recovery,
                   List<RoutineItem> prevention) {
        this(warmUp, stretches, recovery, prevention, false);
    }

    /** Every item, in the order of {@link #sections()}. */
    public List<RoutineItem> all() {
        return Stream.of(recovery, warmUp, stretches, prevention).flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }

    /** The non-empty parts with their headings, what to do first first. */
    public List<RoutineSection> sections() {
        List<RoutineSection> sections = new ArrayList<>(4);
        if (untilSeen) {
            add(sections, "recovery", "Until you are seen", "What is safe to do while you wait to be checked.",
                    recovery);
        } else {
            add(sections, "recovery", "Rest and settle", "While your calf is sore.", recovery);
        }
        add(sections, "warm-up", "Warm-up", "Before each run.", warmUp);
        add(sections, "stretches", "After runs", "Stretches and strength, after a run or on their own.",
                stretches);
        add(sections, "prevention", "Prevention", "To keep it from coming back.", prevention);
        return sections;
    }

    private static void add(List<RoutineSection> sections, String id, String title, String intro,
                            List<RoutineItem> items) {
        if (!items.isEmpty()) {
            sections.add(new RoutineSection(id, title, intro, items));
        }
    }
}
