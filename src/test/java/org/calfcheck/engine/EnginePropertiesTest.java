package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Content;
import org.calfcheck.content.RedFlag;

/**
 * Safety properties of the engine over answers a runner could give (generated question by question, only for
 * shown questions, within type and range, sometimes "don't know").
 */
class EnginePropertiesTest {

    private final Engine engine = new Engine(content());
    private final Map<String, Answers> witnesses = witnesses();
    private final Answers calm = Vignette.all().stream()
            .filter(v -> v.file().equals("self-care-all-safety-answers-no.json")).findFirst().orElseThrow().answers();

    @Provide
    Arbitrary<Answers> answers() {
        int size = engine.content().questionnaire().questions().size() * GeneratedAnswers.PER_QUESTION;
        return Combinators.combine(Arbitraries.of(DistanceUnit.class),
                        Arbitraries.integers().between(0, 1_000_000).list().ofSize(size))
                .as((units, seeds) -> GeneratedAnswers.build(engine, units, seeds, calm));
    }

    @Property(tries = 300)
    void generatedAnswersAreValidAndAssessNeverThrows(@ForAll("answers") Answers answers) {
        assertEquals(List.of(), engine.check(answers));
        assertDoesNotThrow(() -> engine.assess(answers));
    }

    @Property(tries = 300)
    void noRecommendedItemIsAlsoWithheld(@ForAll("answers") Answers answers) {
        Assessment a = engine.assess(answers);
        Set<String> routine = a.routine().all().stream().map(RoutineItem::id).collect(Collectors.toSet());
        assertTrue(a.withheld().stream().noneMatch(w -> routine.contains(w.id())));
        for (RaisedFlag raised : a.redFlags()) {
            RedFlag flag = engine.content().redFlag(raised.id()).orElseThrow();
            assertTrue(flag.withholds().stream().noneMatch(routine::contains), raised.id());
        }
    }

    @Property(tries = 300)
    void replacingAnyAnswerByDontKnowNeverLowersTheCareLevel(@ForAll("answers") Answers answers) {
        CareLevel before = engine.assess(answers).careLevel();
        for (String id : answers.values().keySet()) {
            CareLevel after = engine.assess(answers.with(id, new Answer.Unknown())).careLevel();
            assertTrue(after.isAtLeast(before), id + ": " + before + " became " + after);
        }
    }

    /**
     * Laying one flag's witness answers over any answers raises that flag, and keeps every flag that was raised
     * before unless the witness changed an answer that flag's rules (or their questions' showWhen) look at: one
     * answer cannot be both "sudden" and "after a knock".
     */
    @Property(tries = 200)
    void settingARedFlagsAnswersRaisesItAndNeverLowersTheCareLevel(@ForAll("answers") Answers answers) {
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
    }

    @Property(tries = 300)
    void atEmergencyTheRoutineIsEmpty(@ForAll("answers") Answers answers) {
        Assessment a = engine.assess(answers);
        // the report shows how often each care level is generated, so the property is seen not to be vacuous
        Statistics.collect(a.careLevel());
        if (a.careLevel() == CareLevel.EMERGENCY) {
            assertTrue(a.routine().isEmpty());
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

    @Example
    void everyRedFlagHasAWitness() {
        assertEquals(engine.content().redFlags().stream().map(RedFlag::id).toList(),
                List.copyOf(witnesses.keySet()));
    }
}
