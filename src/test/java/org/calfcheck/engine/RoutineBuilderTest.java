package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.always;
import static org.calfcheck.engine.ContentFixture.answers;
import static org.calfcheck.engine.ContentFixture.evidence;
import static org.calfcheck.engine.ContentFixture.flag;
import static org.calfcheck.engine.ContentFixture.is;
import static org.calfcheck.engine.ContentFixture.recommend;
import static org.calfcheck.engine.ContentFixture.withhold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.calfcheck.content.AdviceTopic;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Content;
import org.calfcheck.content.ExerciseKind;
import org.junit.jupiter.api.Test;

class RoutineBuilderTest {

    private final Content content = ContentFixture.content()
            .yesNo("overdid").yesNo("hot").yesNo("breathless").yesNo("pop").yesNo("bruise")
            .exercise("wu_a", ExerciseKind.WARM_UP).exercise("st_b", ExerciseKind.STRETCH)
            .exercise("str_c", ExerciseKind.STRENGTH).exercise("st_d", ExerciseKind.STRETCH)
            .exercise("wu_e", ExerciseKind.WARM_UP)
            .recovery("rc_rest").recovery("rc_massage")
            .advice("pg_x", AdviceTopic.PROGRESSION).advice("fw_y", AdviceTopic.FOOTWEAR)
            .advice("fm_z", AdviceTopic.FORM)
            .cause("overuse", "str_c", "st_b", "rc_massage", "pg_x", "rc_rest", "st_b")
            .cause("footwear", "fw_y", "rc_rest")
            .redFlag("rf_clot", CareLevel.URGENT, "rc_massage", "st_b", "st_d")
            .redFlag("rf_pop", CareLevel.URGENT, "str_c")
            .redFlag("rf_breath", CareLevel.EMERGENCY)
            .rule("baseline", always(), recommend("wu_e"), recommend("fm_z"), recommend("wu_a"))
            .rule("overdid", is("overdid", "yes"), evidence("overuse", 3, "too much"), evidence("footwear", 2, "x"))
            .rule("hot", is("hot", "yes"), flag("rf_clot", "hot calf"))
            .rule("pop", is("pop", "yes"), flag("rf_pop", "a pop"),
                    withhold("wu_a", "no calf raises after a pop"))
            .rule("bruise", is("bruise", "yes"), withhold("rc_rest", "bruising: see the advice below"))
            .rule("breath", is("breathless", "yes"), flag("rf_breath", "short of breath"))
            .build();
    private final Engine engine = new Engine(content);

    private static Answers base() {
        return answers("overdid", "yes", "hot", "no", "breathless", "no", "pop", "no", "bruise", "no");
    }

    private static List<String> ids(List<RoutineItem> items) {
        return items.stream().map(RoutineItem::id).toList();
    }

    @Test
    void sectionsHoldTheirKindsInContentOrder() {
        Routine r = engine.assess(base()).routine();
        assertEquals(List.of("wu_a", "wu_e"), ids(r.warmUp()));
        assertEquals(List.of("st_b", "str_c"), ids(r.stretches()));
        assertEquals(List.of("rc_rest", "rc_massage"), ids(r.recovery()));
        assertEquals(List.of("fm_z", "fw_y", "pg_x"), ids(r.prevention()));
    }

    @Test
    void anItemHelpingTwoCausesAppearsOnceAndNamesBoth() {
        Routine r = engine.assess(base()).routine();
        assertEquals(r.all().size(), r.all().stream().map(RoutineItem::id).distinct().count());
        RoutineItem rest = r.recovery().get(0);
        assertEquals(List.of("overuse", "footwear"), rest.forCauses());
        assertEquals(List.of(), r.warmUp().get(0).forCauses());
    }

    @Test
    void withoutListedCausesOnlyRecommendationsRemain() {
        Routine r = engine.assess(base().with("overdid", new Answer.Chosen("no"))).routine();
        assertEquals(List.of("wu_a", "wu_e", "fm_z"), ids(r.all()));
    }

    @Test
    void aRedFlagWithholdsItsItemsAndNamesItself() {
        Assessment a = engine.assess(base().with("hot", new Answer.Chosen("yes")));
        assertEquals(List.of("str_c"), ids(a.routine().stretches()));
        assertEquals(List.of("rc_rest"), ids(a.routine().recovery()));
        assertEquals(List.of("rc_massage", "st_b", "st_d"), a.withheld().stream().map(WithheldItem::id).toList());
        WithheldItem massage = a.withheld().get(0);
        assertEquals("rf_clot", massage.because());
        assertEquals("Left out because of: flag rf_clot", massage.reason());
        assertEquals("Recovery rc_massage", massage.title());
    }

    @Test
    void aWithholdEffectUsesItsOwnWordsAndTheFlagItsRuleRaised() {
        Assessment a = engine.assess(base().with("pop", new Answer.Chosen("yes")));
        assertTrue(ids(a.routine().all()).stream().noneMatch(List.of("wu_a", "str_c")::contains));
        WithheldItem raises = a.withheld().stream().filter(w -> w.id().equals("wu_a")).findFirst().orElseThrow();
        assertEquals("rf_pop", raises.because());
        assertEquals("no calf raises after a pop", raises.reason());
    }

    @Test
    void aWithholdEffectWithoutAFlagNamesItsRule() {
        Assessment a = engine.assess(base().with("bruise", new Answer.Chosen("yes")));
        assertEquals(List.of(new WithheldItem("rc_rest", "Recovery rc_rest", "bruise",
                "bruising: see the advice below")), a.withheld());
        assertTrue(!ids(a.routine().all()).contains("rc_rest"));
    }

    @Test
    void aWithholdOnDontKnowStillWithholds() {
        Assessment a = engine.assess(base().with("bruise", new Answer.Unknown()));
        assertEquals("rc_rest", a.withheld().get(0).id());
        assertTrue(a.withheld().get(0).reason().endsWith(ReasonText.UNSURE_SUFFIX));
    }

    @Test
    void atEmergencyTheRoutineIsEmptyAndEveryCandidateIsWithheldByTheEmergencyFlag() {
        Assessment a = engine.assess(base().with("breathless", new Answer.Chosen("yes"))
                .with("hot", new Answer.Chosen("yes")));
        assertTrue(a.routine().isEmpty());
        List<String> candidates = List.of("str_c", "st_b", "rc_massage", "pg_x", "rc_rest", "fw_y", "wu_e",
                "fm_z", "wu_a");
        for (String id : candidates) {
            WithheldItem w = a.withheld().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertEquals("rf_breath", w.because(), id);
        }
        assertEquals(a.withheld().size(), a.withheld().stream().map(WithheldItem::id).distinct().count());
    }

    @Test
    void theMostSeriousFlagClaimsAnItemWithheldByTwo() {
        Content twoFlags = ContentFixture.content().yesNo("q").recovery("rc_massage")
                .redFlag("rf_soon", CareLevel.SOON, "rc_massage").redFlag("rf_urgent", CareLevel.URGENT, "rc_massage")
                .rule("a", is("q", "yes"), flag("rf_soon", "x"), flag("rf_urgent", "y")).build();
        assertEquals("rf_urgent", new Engine(twoFlags).assess(answers("q", "yes")).withheld().get(0).because());
    }
}
