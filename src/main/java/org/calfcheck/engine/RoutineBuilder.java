package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.Advice;
import org.calfcheck.content.Assumption;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Cause;
import org.calfcheck.content.ChosenBy;
import org.calfcheck.content.ContentItem;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Effect;
import org.calfcheck.content.Exercise;
import org.calfcheck.content.ExerciseKind;
import org.calfcheck.content.RecoveryStep;
import org.calfcheck.content.RoutineUse;

/**
 * Builds a routine that fits the runner and never contradicts a warning. Each item is there for a reason this
 * runner gave (a recommendation that holds, a likely cause it helps with, or a warning that stops running), and
 * says so; items that assume the runner keeps running are left out once a flag says to stop; near-identical
 * items collapse to the best-fitting one; each section keeps only its few best items, shown in content order.
 */
final class RoutineBuilder {

    /** At most this many items per section, so a routine fits one printed page and one screen per section. */
    static final int MAX_RECOVERY = 3;
    static final int MAX_WARM_UP = 3;
    static final int MAX_AFTER_RUNS = 3;
    static final int MAX_PREVENTION = 4;

    /** A recommendation made for this runner outweighs a cause the item merely helps with. */
    private static final int RULE_WEIGHT = 3;
    private static final int UNTIL_SEEN_WEIGHT = 100;

    private final ContentIndex index;

    RoutineBuilder(ContentIndex index) {
        this.index = index;
    }

    /** What could go in the routine, first appearance first, with why; before withholding and care level. */
    Map<String, Candidate> candidates(List<LikelyCause> causes, List<FiredRule> rules, ReasonText text) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (FiredRule rule : rules) {
            for (Effect.Recommend recommend : rule.applied(Effect.Recommend.class)) {
                if (isRoutineItem(recommend.item())) {
                    candidates.computeIfAbsent(recommend.item(), Candidate::new)
                            .recommended(text.fill(recommend.reason(), rule));
                }
            }
        }
        for (int rank = 0; rank < causes.size(); rank++) {
            LikelyCause cause = causes.get(rank);
            if (index.item(cause.id()).orElse(null) instanceof Cause c) {
                for (String id : c.helpedBy()) {
                    if (isRoutineItem(id)) {
                        candidates.computeIfAbsent(id, Candidate::new).helpsWith(cause, rank);
                    }
                }
            }
        }
        return candidates;
    }

    Routine routine(CareLevel level, List<RaisedFlag> flags, Map<String, Candidate> candidates,
                    Set<String> withheld) {
        if (level == CareLevel.EMERGENCY) {
            return Routine.EMPTY;
        }
        Optional<RaisedFlag> stopping = flags.stream().filter(this::stopsRunning).findFirst();
        Map<String, Candidate> chosen = new LinkedHashMap<>(candidates);
        stopping.ifPresent(flag -> untilSeenItems().forEach(id -> chosen.computeIfAbsent(id, Candidate::new)
                .untilSeen("a warning sign says to stop running until you are seen: " + lowerFirst(flag.title()))));
        List<Candidate> kept = new ArrayList<>();
        Set<String> families = new HashSet<>();
        chosen.values().stream().sorted(byPriority()).forEach(candidate -> {
            RoutineUse use = use(candidate.id);
            boolean fits = stopping.isPresent()
                    ? use.assumes() != Assumption.KEEPS_RUNNING
                    : use.assumes() != Assumption.WAITING_TO_BE_SEEN;
            boolean reason = !candidate.because.isEmpty()
                    && (use.chosenBy() == ChosenBy.CAUSE || candidate.recommendations > 0
                    || use.assumes() == Assumption.WAITING_TO_BE_SEEN);
            if (fits && reason && !withheld.contains(candidate.id)
                    && (use.family().isEmpty() || families.add(use.family()))) {
                kept.add(candidate);
            }
        });
        List<RoutineItem> warmUp = new ArrayList<>();
        List<RoutineItem> afterRuns = new ArrayList<>();
        List<RoutineItem> recovery = new ArrayList<>();
        List<RoutineItem> prevention = new ArrayList<>();
        for (Candidate candidate : kept) {
            ContentItem item = index.item(candidate.id).orElseThrow();
            if (item instanceof Exercise e && e.kind() == ExerciseKind.WARM_UP) {
                addCapped(warmUp, exercise(e, candidate), MAX_WARM_UP);
            } else if (item instanceof Exercise e) {
                addCapped(afterRuns, exercise(e, candidate), MAX_AFTER_RUNS);
            } else if (item instanceof RecoveryStep r) {
                addCapped(recovery, new RoutineItem(r.id(), "RECOVERY", r.title(), r.summary(), r.steps(), r.dose(),
                        index.doseText(r.id()), r.cautions(), candidate.forCauses, candidate.because), MAX_RECOVERY);
            } else if (item instanceof Advice a) {
                addCapped(prevention, advice(a, candidate), MAX_PREVENTION);
            }
        }
        // the best-fitting items were kept; they are shown in the content's order, which is the order to do them
        // in (rest before easing back, warm-up from gentle to brisk), stretches before strength work
        Comparator<RoutineItem> contentOrder = Comparator.comparingInt(i -> index.itemOrder(i.id()));
        warmUp.sort(contentOrder);
        recovery.sort(contentOrder);
        prevention.sort(contentOrder);
        afterRuns.sort(Comparator.comparing((RoutineItem i) -> i.kind().equals(ExerciseKind.STRENGTH.name()))
                .thenComparing(contentOrder));
        return new Routine(warmUp, afterRuns, recovery, prevention, stopping.isPresent());
    }

    private boolean stopsRunning(RaisedFlag flag) {
        return flag.careLevel().isAtLeast(CareLevel.URGENT)
                || index.redFlag(flag.id()).map(f -> f.stopsRunning()).orElse(false);
    }

    private List<String> untilSeenItems() {
        return index.content().recovery().stream()
                .filter(r -> r.use().assumes() == Assumption.WAITING_TO_BE_SEEN).map(RecoveryStep::id).toList();
    }

    /** Highest priority first; equal priority keeps content order. */
    private Comparator<Candidate> byPriority() {
        return Comparator.comparingInt((Candidate c) -> c.priority).reversed()
                .thenComparingInt(c -> index.itemOrder(c.id));
    }

    private static void addCapped(List<RoutineItem> section, RoutineItem item, int cap) {
        if (section.size() < cap) {
            section.add(item);
        }
    }

    private RoutineUse use(String id) {
        ContentItem item = index.item(id).orElseThrow();
        if (item instanceof Exercise e) {
            return e.use();
        }
        if (item instanceof RecoveryStep r) {
            return r.use();
        }
        return ((Advice) item).use();
    }

    private boolean isRoutineItem(String id) {
        Optional<ContentItem> item = index.item(id);
        return item.isPresent()
                && (item.get() instanceof Exercise || item.get() instanceof RecoveryStep || item.get() instanceof Advice);
    }

    private RoutineItem exercise(Exercise e, Candidate c) {
        return new RoutineItem(e.id(), e.kind().name(), e.title(), e.summary(), e.steps(), e.dose(),
                index.doseText(e.id()), e.cautions(), c.forCauses, c.because);
    }

    /** Advice has no steps or dose; its tick-box line stands in as the one step. */
    private static RoutineItem advice(Advice a, Candidate c) {
        return new RoutineItem(a.id(), a.topic().name(), a.title(), a.summary(), List.of(a.checkItem()), Dose.NONE,
                "", List.of(), c.forCauses, c.because);
    }

    static String lowerFirst(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    /** One item that could go in the routine, gathering why as the rules and causes are read. */
    static final class Candidate {
        final String id;
        final List<String> because = new ArrayList<>();
        final List<String> forCauses = new ArrayList<>();
        int recommendations;
        int priority;

        Candidate(String id) {
            this.id = id;
        }

        void recommended(String reason) {
            recommendations++;
            priority += RULE_WEIGHT;
            addReason(reason);
        }

        void helpsWith(LikelyCause cause, int rank) {
            forCauses.add(cause.id());
            priority += Math.max(1, RULE_WEIGHT - rank);
            addReason("it helps with " + lowerFirst(cause.title()));
        }

        void untilSeen(String reason) {
            priority += UNTIL_SEEN_WEIGHT;
            addReason(reason);
        }

        private void addReason(String reason) {
            if (!because.contains(reason)) {
                because.add(reason);
            }
        }
    }
}
