package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.calfcheck.content.Advice;
import org.calfcheck.content.Assumption;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentItem;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Exercise;
import org.calfcheck.content.RecoveryStep;
import org.junit.jupiter.api.Test;

/**
 * A routine never contradicts a warning, over generated runners: each runner as generated, and again with each red
 * flag's witness answers laid over it, so every care level and every flag is met many times.
 */
class RoutineSafetyPropertiesTest {

    private static final int RUNNERS = 120;
    private static final long FIRST_SEED = 20_261_205L;

    private final Engine engine = new Engine(content());
    private final Map<String, Answers> witnesses = RedFlagWitnesses.from(engine.content(), Vignette.all());
    private final Answers calm = Vignette.all().stream()
            .filter(v -> v.file().equals("self-care-all-safety-answers-no.json")).findFirst().orElseThrow().answers();

    @Test
    void nothingAtUrgentOrAboveAssumesTheRunnerKeepsRunning() {
        forEveryAssessment(a -> {
            if (a.careLevel().isAtLeast(CareLevel.URGENT)) {
                for (RoutineItem item : a.routine().all()) {
                    assertTrue(assumes(item.id()) != Assumption.KEEPS_RUNNING,
                            item.id() + " assumes running at " + a.careLevel());
                }
                assertTrue(a.routine().isEmpty() || a.routine().untilSeen(), "an urgent routine is for until seen");
            }
        });
    }

    @Test
    void anEmergencyHasNoCausesAndNoRoutine() {
        forEveryAssessment(a -> {
            if (a.careLevel() == CareLevel.EMERGENCY) {
                assertEquals(List.of(), a.causes());
                assertTrue(a.routine().isEmpty());
            }
        });
    }

    @Test
    void aFlagThatStopsRunningLeavesNothingThatAssumesRunning() {
        forEveryAssessment(a -> {
            boolean stopped = a.redFlags().stream()
                    .anyMatch(f -> engine.content().redFlag(f.id()).orElseThrow().stopsRunning());
            if (stopped) {
                assertTrue(a.routine().all().stream().noneMatch(i -> assumes(i.id()) == Assumption.KEEPS_RUNNING),
                        a.routine().all().toString());
            } else {
                assertTrue(a.routine().all().stream()
                        .noneMatch(i -> assumes(i.id()) == Assumption.WAITING_TO_BE_SEEN));
            }
        });
    }

    @Test
    void noFlagsActionAsksForLessThanTheCareLevel() {
        String lesser = CareWords.of(CareLevel.SOON).title();
        forEveryAssessment(a -> {
            for (RaisedFlag flag : a.redFlags()) {
                if (flag.careLevel().compareTo(a.careLevel()) < 0) {
                    assertFalse(flag.action().startsWith("Book"), flag.id() + " under " + a.careLevel());
                    assertFalse(flag.action().contains("next few days"), flag.id() + " under " + a.careLevel());
                }
            }
            assertTrue(a.careLevel() == CareLevel.SOON || !CareWords.of(a.careLevel()).title().equals(lesser));
        });
    }

    @Test
    void everyItemSaysWhyAndEachSectionStaysShort() {
        forEveryAssessment(a -> {
            assertTrue(a.routine().all().stream().noneMatch(i -> i.because().isEmpty()));
            assertTrue(a.routine().warmUp().size() <= RoutineBuilder.MAX_WARM_UP);
            assertTrue(a.routine().stretches().size() <= RoutineBuilder.MAX_AFTER_RUNS);
            assertTrue(a.routine().recovery().size() <= RoutineBuilder.MAX_RECOVERY);
            assertTrue(a.routine().prevention().size() <= RoutineBuilder.MAX_PREVENTION);
        });
    }

    @Test
    void noReasonQuotesTheCappedIncrease() {
        String capped = Math.round(DerivedInputs.MAX_INCREASE_PERCENT) + "%";
        forEveryAssessment(a -> {
            List<String> words = new ArrayList<>();
            a.causes().forEach(c -> c.evidence().forEach(e -> words.add(e.reason())));
            a.routine().all().forEach(i -> words.addAll(i.because()));
            assertTrue(words.stream().noneMatch(w -> w.contains(capped)), words.toString());
        });
    }

    /** Without this the properties could pass over runners who never reach the levels they are about. */
    @Test
    void theRunnersReachEveryCareLevel() {
        Set<CareLevel> seen = EnumSet.noneOf(CareLevel.class);
        forEveryAssessment(a -> seen.add(a.careLevel()));
        assertEquals(EnumSet.allOf(CareLevel.class), seen);
    }

    private void forEveryAssessment(Consumer<Assessment> property) {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + RUNNERS; seed++) {
            Answers runner = runner(seed);
            check(seed, "as generated", runner, property);
            for (Map.Entry<String, Answers> witness : witnesses.entrySet()) {
                Answers with = runner;
                for (Map.Entry<String, Answer> answer : witness.getValue().values().entrySet()) {
                    with = with.with(answer.getKey(), answer.getValue());
                }
                check(seed, "with " + witness.getKey(), with, property);
            }
        }
    }

    private void check(long seed, String how, Answers answers, Consumer<Assessment> property) {
        try {
            property.accept(engine.assess(answers));
        } catch (AssertionError e) {
            throw new AssertionError("fails for the runner of seed " + seed + " " + how + ": " + e.getMessage(), e);
        }
    }

    private Answers runner(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DistanceUnit units = random.nextBoolean() ? DistanceUnit.KM : DistanceUnit.MI;
        int size = engine.content().questionnaire().questions().size() * GeneratedAnswers.PER_QUESTION;
        return GeneratedAnswers.build(engine, units, random.ints(size, 0, 1_000_001).boxed().toList(), calm);
    }

    private Assumption assumes(String id) {
        ContentItem item = engine.content().itemsById().get(id);
        if (item instanceof Exercise e) {
            return e.use().assumes();
        }
        if (item instanceof RecoveryStep r) {
            return r.use().assumes();
        }
        return ((Advice) item).use().assumes();
    }

    private static Content content() {
        try {
            return ContentLoader.packaged().load();
        } catch (ContentException e) {
            throw new IllegalStateException("the packaged content must load: " + e.problems(), e);
        }
    }
}
