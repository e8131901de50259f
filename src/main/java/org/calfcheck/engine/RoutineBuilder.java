package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.Advice;
import org.calfcheck.content.Cause;
import org.calfcheck.content.ContentItem;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Effect;
import org.calfcheck.content.Exercise;
import org.calfcheck.content.ExerciseKind;
import org.calfcheck.content.RecoveryStep;

/**
 * Builds the routine: candidates are what helps each listed cause (in rank order) and every applied
 * recommendation; withheld items are removed; the rest go into their sections in content order.
 */
final class RoutineBuilder {

    private final ContentIndex index;

    RoutineBuilder(ContentIndex index) {
        this.index = index;
    }

    /** Candidate item ids, first appearance first, each with the listed causes it answers. */
    Map<String, List<String>> candidates(List<LikelyCause> causes, List<FiredRule> rules) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (LikelyCause cause : causes) {
            if (index.item(cause.id()).orElse(null) instanceof Cause c) {
                for (String id : c.helpedBy()) {
                    if (isRoutineItem(id)) {
                        candidates.computeIfAbsent(id, k -> new ArrayList<>()).add(cause.id());
                    }
                }
            }
        }
        for (FiredRule rule : rules) {
            for (Effect.Recommend recommend : rule.applied(Effect.Recommend.class)) {
                if (isRoutineItem(recommend.item())) {
                    candidates.computeIfAbsent(recommend.item(), k -> new ArrayList<>());
                }
            }
        }
        return candidates;
    }

    Routine routine(Map<String, List<String>> candidates, Set<String> withheld) {
        List<RoutineItem> warmUp = new ArrayList<>();
        List<RoutineItem> stretches = new ArrayList<>();
        List<RoutineItem> recovery = new ArrayList<>();
        List<RoutineItem> prevention = new ArrayList<>();
        candidates.forEach((id, forCauses) -> {
            if (withheld.contains(id)) {
                return;
            }
            ContentItem item = index.item(id).orElseThrow();
            if (item instanceof Exercise e) {
                (e.kind() == ExerciseKind.WARM_UP ? warmUp : stretches).add(exercise(e, forCauses));
            } else if (item instanceof RecoveryStep r) {
                recovery.add(new RoutineItem(r.id(), "RECOVERY", r.title(), r.summary(), r.steps(), r.dose(),
                        index.doseText(r.id()), r.cautions(), forCauses));
            } else if (item instanceof Advice a) {
                prevention.add(advice(a, forCauses));
            }
        });
        Comparator<RoutineItem> contentOrder = Comparator.comparingInt(i -> index.itemOrder(i.id()));
        warmUp.sort(contentOrder);
        stretches.sort(Comparator.comparing((RoutineItem i) -> i.kind().equals(ExerciseKind.STRENGTH.name()))
                .thenComparing(contentOrder));
        recovery.sort(contentOrder);
        prevention.sort(Comparator.comparing((RoutineItem i) -> topic(i.id())).thenComparing(contentOrder));
        return new Routine(warmUp, stretches, recovery, prevention);
    }

    private boolean isRoutineItem(String id) {
        Optional<ContentItem> item = index.item(id);
        return item.isPresent()
                && (item.get() instanceof Exercise || item.get() instanceof RecoveryStep || item.get() instanceof Advice);
    }

    private int topic(String adviceId) {
        return index.item(adviceId).map(a -> ((Advice) a).topic().ordinal()).orElse(Integer.MAX_VALUE);
    }

    private RoutineItem exercise(Exercise e, List<String> forCauses) {
        return new RoutineItem(e.id(), e.kind().name(), e.title(), e.summary(), e.steps(), e.dose(),
                index.doseText(e.id()), e.cautions(), forCauses);
    }

    /** Advice has no steps or dose; its tick-box line stands in as the one step. */
    private static RoutineItem advice(Advice a, List<String> forCauses) {
        return new RoutineItem(a.id(), a.topic().name(), a.title(), a.summary(), List.of(a.checkItem()), Dose.NONE,
                "", List.of(), forCauses);
    }
}
