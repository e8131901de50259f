package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.always;
import static org.calfcheck.engine.ContentFixture.any;
import static org.calfcheck.engine.ContentFixture.compare;
import static org.calfcheck.engine.ContentFixture.evidence;
import static org.calfcheck.engine.ContentFixture.flag;
import static org.calfcheck.engine.ContentFixture.is;
import static org.calfcheck.engine.ContentFixture.recommend;
import static org.calfcheck.engine.ContentFixture.withhold;
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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Condition.Operator;
import org.calfcheck.content.Content;
import org.calfcheck.content.ExerciseKind;
import org.calfcheck.content.RedFlag;
import org.calfcheck.content.Unit;

/**
 * Safety properties of the engine over answers a runner could give (generated question by question, only for
 * shown questions, within type and range, sometimes "don't know").
 */
class EnginePropertiesTest {

    private final Engine engine = new Engine(content());
    private final Map<String, Answers> witnesses = witnesses();

    @Provide
    Arbitrary<Answers> answers() {
        int size = engine.content().questionnaire().questions().size() * GeneratedAnswers.PER_QUESTION;
        return Combinators.combine(Arbitraries.of(DistanceUnit.class),
                        Arbitraries.integers().between(0, 1_000_000).list().ofSize(size))
                .as((units, seeds) -> GeneratedAnswers.build(engine, units, seeds));
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

    @Property(tries = 200)
    void settingARedFlagsAnswersRaisesItAndNeverLowersTheCareLevel(@ForAll("answers") Answers answers) {
        CareLevel before = engine.assess(answers).careLevel();
        witnesses.forEach((flagId, witness) -> {
            Answers with = answers;
            for (Map.Entry<String, Answer> e : witness.values().entrySet()) {
                with = with.with(e.getKey(), e.getValue());
            }
            Assessment after = engine.assess(with);
            RedFlag flag = engine.content().redFlag(flagId).orElseThrow();
            assertTrue(after.redFlags().stream().anyMatch(f -> f.id().equals(flagId)), flagId + " not raised");
            assertTrue(after.careLevel().isAtLeast(CareLevel.max(before, flag.careLevel())),
                    flagId + ": " + before + " became " + after.careLevel());
        });
    }

    @Property(tries = 300)
    void atEmergencyTheRoutineIsEmpty(@ForAll("answers") Answers answers) {
        Assessment a = engine.assess(answers);
        if (a.careLevel() == CareLevel.EMERGENCY) {
            assertTrue(a.routine().isEmpty());
        }
    }

    private static Content content() {
        return ContentFixture.content()
                .yesNo("breathless").noUnknown().required()
                .yesNo("swollen").required()
                .yesNo("tense").required().shownWhen(is("swollen", "yes"))
                .scale("pain_now").required()
                .single("onset", "gradual", "sudden").required()
                .yesNo("felt_pop").shownWhen(is("onset", "sudden"))
                .multi("signs", "red", "hot", "cramp")
                .number("weekly_distance", Unit.DISTANCE, 0, 300).required()
                .number("usual_weekly_distance", Unit.DISTANCE, 0, 300)
                .exercise("wu_raises", ExerciseKind.WARM_UP).exercise("st_wall", ExerciseKind.STRETCH)
                .exercise("str_heel", ExerciseKind.STRENGTH).recovery("rc_massage").recovery("rc_rest")
                .cause("overuse", "st_wall", "str_heel", "rc_rest").cause("cramping", "rc_massage", "wu_raises")
                .redFlag("rf_breath", CareLevel.EMERGENCY)
                .redFlag("rf_clot", CareLevel.URGENT, "rc_massage", "st_wall")
                .redFlag("rf_rupture", CareLevel.URGENT, "st_wall", "str_heel", "wu_raises")
                .redFlag("rf_compartment", CareLevel.EMERGENCY)
                .redFlag("rf_severe", CareLevel.URGENT)
                .rule("baseline", always(), recommend("rc_rest"), recommend("wu_raises"))
                .rule("breath", is("breathless", "yes"), flag("rf_breath", "short of breath"))
                .rule("clot", any(is("swollen", "yes"), compare("signs", Operator.CONTAINS, "hot")),
                        flag("rf_clot", "swollen or hot"), withhold("rc_rest", "rest is fine but not here"))
                .rule("pop", is("felt_pop", "yes"), flag("rf_rupture", "a pop"))
                .rule("compartment", is("tense", "yes"), flag("rf_compartment", "tense calf"))
                .rule("severe", compare("pain_now", Operator.AT_LEAST, 8), flag("rf_severe", "pain {pain_now}"))
                .rule("jump", compare("derived.weeklyIncreasePercent", Operator.AT_LEAST, 30),
                        evidence("overuse", 4, "{derived.weeklyIncreasePercent}% more"))
                .rule("cramp", compare("signs", Operator.CONTAINS_ANY, "cramp"), evidence("cramping", 3, "cramps"))
                .build();
    }

    private static Map<String, Answers> witnesses() {
        return Map.of(
                "rf_breath", ContentFixture.answers("breathless", "yes"),
                "rf_clot", ContentFixture.answers("swollen", "yes"),
                "rf_rupture", ContentFixture.answers("onset", "sudden", "felt_pop", "yes"),
                "rf_compartment", ContentFixture.answers("swollen", "yes", "tense", "yes"),
                "rf_severe", ContentFixture.answers("pain_now", 9));
    }
}
