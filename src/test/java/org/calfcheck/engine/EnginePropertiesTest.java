package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Content;
import org.calfcheck.content.RedFlag;
import org.junit.jupiter.api.Test;

/**
 * Safety properties of the engine over answers a runner could give (generated question by question, only for
 * shown questions, within type and range, sometimes "don't know").
 *
 * <p>Each property runs over a fixed set of generated runners, each made from its own seed, so a failure names the
 * seed that reproduces it. (Plain JUnit rather than a property library: see docs/decisions.md.)
 */
class EnginePropertiesTest {

    private final Engine engine = new Engine(content());
    private final Map<String, Answers> witnesses = witnesses();
    private final Answers calm = Vignette.all().stream()
            .filter(v -> v.file().equals("self-care-all-safety-answers-no.json")).findFirst().orElseThrow().answers();

    /** How many generated runners each property is checked against. */
    private static final int RUNNERS = 300;
    private static final long FIRST_SEED = 20_261_124L;

    /** One runner's answers, made from one seed: the same seed always gives the same answers. */
    Answers runner(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DistanceUnit units = random.nextBoolean() ? DistanceUnit.KM : DistanceUnit.MI;
        int size = engine.content().questionnaire().questions().size() * GeneratedAnswers.PER_QUESTION;
        List<Integer> seeds = random.ints(size, 0, 1_000_001).boxed().toList();
        return GeneratedAnswers.build(engine, units, seeds, calm);
    }

    /** Checks one property for every generated runner, naming the seed of the first runner it fails for. */
    private void forEveryRunner(int count, Consumer<Answers> property) {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + count; seed++) {
            Answers answers = runner(seed);
            try {
                property.accept(answers);
            } catch (AssertionError e) {
                throw new AssertionError("fails for the runner of seed " + seed + " (" + answers + "): "
                        + e.getMessage(), e);
            }
        }
    }

    @Test
    void generatedAnswersAreValidAndAssessNeverThrows() {
        forEveryRunner(RUNNERS, answers -> {
            assertEquals(List.of(), engine.check(answers));
            assertDoesNotThrow(() -> engine.assess(answers));
        });
    }

    @Test
    void noRecommendedItemIsAlsoWithheld() {
        forEveryRunner(RUNNERS, answers -> {
            Assessment a = engine.assess(answers);
            Set<String> routine = a.routine().all().stream().map(RoutineItem::id).collect(Collectors.toSet());
            assertTrue(a.withheld().stream().noneMatch(w -> routine.contains(w.id())));
            for (RaisedFlag raised : a.redFlags()) {
                RedFlag flag = engine.content().redFlag(raised.id()).orElseThrow();
                assertTrue(flag.withholds().stream().noneMatch(routine::contains), raised.id());
            }
        });
    }

    @Test
    void replacingAnyAnswerByDontKnowNeverLowersTheCareLevel() {
        forEveryRunner(RUNNERS, answers -> {
            CareLevel before = engine.assess(answers).careLevel();
            for (String id : answers.values().keySet()) {
                CareLevel after = engine.assess(answers.with(id, new Answer.Unknown())).careLevel();
                assertTrue(after.isAtLeast(before), id + ": " + before + " became " + after);
            }
        });
    }

    /**
     * Laying one flag's witness answers over any answers raises that flag, and keeps every flag that was raised
     * before unless the witness changed an answer that flag's rules (or their questions' showWhen) look at: one
     * answer cannot be both "sudden" and "after a knock".
     */
    @Test
    void settingARedFlagsAnswersRaisesItAndNeverLowersTheCareLevel() {
        forEveryRunner(200, answers -> {
            Assessment before = engine.assess(answers);
            witnesses.forEach((flagId, witness) -> {
                Answers with = answers;
                Set<String> changed = new java.util.HashSet<>();
                for (Map.Entry<String, Answer> e : witness.values().entrySet()) {
                    if (!answers.get(e.getKey()).equals(java.util.Optional.of(e.getValue()))) {
                        changed.add(e.getKey());
                    }
                    with = with.with(e.getKey(), e.getValue());
                }
                Assessment after = engine.assess(with);
                Set<String> raised = after.redFlags().stream().map(RaisedFlag::id).collect(Collectors.toSet());
                RedFlag flag = engine.content().redFlag(flagId).orElseThrow();
                assertTrue(raised.contains(flagId), flagId + " not raised");
                CareLevel floor = flag.careLevel();
                for (RaisedFlag kept : before.redFlags()) {
                    Set<String> behind = RedFlagWitnesses.questionsBehind(engine.content(),
                            RedFlagWitnesses.rulesRaising(engine.content(), kept.id()));
                    if (behind.stream().noneMatch(changed::contains)) {
                        assertTrue(raised.contains(kept.id()), "setting " + flagId + " dropped " + kept.id());
                        floor = CareLevel.max(floor, kept.careLevel());
                    }
                }
                assertTrue(after.careLevel().isAtLeast(floor), flagId + ": " + after.careLevel() + " below " + floor);
            });
        });
    }

    @Test
    void atEmergencyTheRoutineIsEmpty() {
        forEveryRunner(RUNNERS, answers -> {
            Assessment a = engine.assess(answers);
            if (a.careLevel() == CareLevel.EMERGENCY) {
                assertTrue(a.routine().isEmpty());
            }
        });
    }

    /**
     * Stopping early is safe: whenever the answers so far (each question in questionnaire order, as the wizard
     * gathers them) decide an emergency, the complete answers are an emergency too and raise every flag decided.
     */
    @Test
    void anEmergencyDecidedEarlyStaysAnEmergencyWhateverComesNext() {
        int[] decided = {0};
        forEveryRunner(RUNNERS, answers -> {
            Assessment complete = engine.assess(answers);
            Set<String> raised = complete.redFlags().stream().map(RaisedFlag::id).collect(Collectors.toSet());
            Answers soFar = Answers.empty(answers.units());
            for (Map.Entry<String, Answer> answer : answers.values().entrySet()) {
                soFar = soFar.with(answer.getKey(), answer.getValue());
                java.util.Optional<Assessment> early = engine.decided(soFar);
                if (early.isPresent()) {
                    decided[0]++;
                    assertEquals(CareLevel.EMERGENCY, complete.careLevel(), "decided after " + answer.getKey());
                    assertEquals(CareLevel.EMERGENCY, early.get().careLevel());
                    assertTrue(early.get().redFlags().stream().allMatch(f -> raised.contains(f.id())
                            && f.careLevel() == CareLevel.EMERGENCY), early.get().redFlags().toString());
                    assertTrue(early.get().routine().isEmpty());
                    assertEquals(List.of(), engine.checkSoFar(soFar));
                }
            }
        });
        assertTrue(decided[0] > 0, "some generated runners must be decided early, or this checks nothing");
    }

    /** Each emergency flag ends the check on its own: the few answers that raise it decide it, with nothing else. */
    @Test
    void theAnswersBehindEachEmergencyFlagAloneDecideIt() {
        List<RedFlag> emergencies = engine.content().redFlags().stream()
                .filter(f -> f.careLevel() == CareLevel.EMERGENCY).toList();
        assertTrue(!emergencies.isEmpty());
        for (RedFlag flag : emergencies) {
            Answers witness = witnesses.get(flag.id());
            assertTrue(witness != null, flag.id() + " has no vignette to take its answers from");
            Assessment decided = engine.decided(witness).orElseThrow(() -> new AssertionError(flag.id()
                    + " raised by " + witness + " does not end the check"));
            assertTrue(decided.redFlags().stream().anyMatch(f -> f.id().equals(flag.id())), flag.id());
            assertEquals(CareLevel.EMERGENCY, decided.careLevel());
        }
    }

    /** The shipped content: the properties hold for what runners actually get. */
    private static Content content() {
        try {
            return ContentLoader.packaged().load();
        } catch (ContentException e) {
            throw new IllegalStateException("the packaged content must load: " + e.problems(), e);
        }
    }

    private Map<String, Answers> witnesses() {
        return RedFlagWitnesses.from(engine.content(), Vignette.all());
    }

    /** Without this the properties above could pass over runners who are all alike. */
    @Test
    void generatedRunnersReachEveryCareLevel() {
        Set<CareLevel> seen = EnumSet.noneOf(CareLevel.class);
        forEveryRunner(RUNNERS, answers -> seen.add(engine.assess(answers).careLevel()));
        assertEquals(EnumSet.allOf(CareLevel.class), seen);
    }

    @Test
    void everyRedFlagHasAWitness() {
        assertEquals(engine.content().redFlags().stream().map(RedFlag::id).toList(),
                List.copyOf(witnesses.keySet()));
    }
}
