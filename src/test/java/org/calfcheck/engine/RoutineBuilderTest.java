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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.calfcheck.content.AdviceTopic;
import org.calfcheck.content.Assumption;
import org.calfcheck.content.ChosenBy;
import org.calfcheck.content.RoutineUse;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentLoader;
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
        assertEquals(List.of("pg_x", "fw_y", "fm_z"), ids(r.prevention()));
    }

    @Test
    void everyItemSaysWhyInTheRunnersWords() {
        Routine r = engine.assess(base()).routine();
        assertTrue(r.all().stream().noneMatch(i -> i.because().isEmpty()));
        RoutineItem rest = r.recovery().get(0);
        assertEquals(List.of("it helps with cause overuse", "it helps with cause footwear"), rest.because());
        assertEquals(List.of("recommended wu_a"), r.warmUp().get(0).because());
        assertEquals("Because recommended wu_a.", r.warmUp().get(0).why());
        assertEquals("Because it helps with cause overuse. It helps with cause footwear.", rest.why());
    }

    /** Reasons strung together with semicolons read as one long sentence; each is a short sentence of its own. */
    @Test
    void noBecauseLineOfAnExampleStringsReasonsTogether() throws Exception {
        Engine real = new Engine(ContentLoader.packaged().load());
        List<String> joined = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("docs", "examples"))) {
            for (Path file : files.sorted().toList()) {
                Answers answers = AnswersJson.parse(Files.readString(file));
                real.assess(answers).routine().all().stream().map(RoutineItem::why)
                        .filter(why -> why.contains(";")).forEach(why -> joined.add(file.getFileName() + ": " + why));
            }
        }
        assertEquals(List.of(), joined);
    }

    @Test
    void theSectionsComeInTheOrderARunnerDoesThings() {
        Routine r = engine.assess(base()).routine();
        assertEquals(List.of("recovery", "warm-up", "stretches", "prevention"),
                r.sections().stream().map(RoutineSection::id).toList());
        assertEquals("Rest and settle", r.sections().get(0).title());
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
        // an urgent flag stops running: the fixture's items all assume running, so none is left
        assertTrue(a.routine().isEmpty());
        assertTrue(a.routine().untilSeen());
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
        assertTrue(a.causes().isEmpty(), "an emergency lists no likely cause");
        List<String> candidates = List.of("wu_e", "fm_z", "wu_a");
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

    @Test
    void aFlagThatStopsRunningKeepsOnlyWhatIsSafeUntilSeenAndAddsTheUntilSeenStep() {
        Content c = untilSeenContent(CareLevel.SOON, true);
        Routine r = new Engine(c).assess(answers("sore", "yes", "flag", "yes")).routine();
        assertEquals(List.of("rc_until_seen", "rc_ice"), ids(r.recovery()));
        assertTrue(r.untilSeen());
        assertEquals("Until you are seen", r.sections().get(0).title());
        assertTrue(r.recovery().get(0).because().get(0).contains("flag rf_x"), r.recovery().get(0).because().toString());
    }

    @Test
    void aSoonFlagThatAllowsRunningKeepsTheRunningItemsAndNoUntilSeenStep() {
        Content c = untilSeenContent(CareLevel.SOON, false);
        Routine r = new Engine(c).assess(answers("sore", "yes", "flag", "yes")).routine();
        assertEquals(List.of("rc_ice", "rc_rest"), ids(r.recovery()));
        assertEquals(List.of("wu_run"), ids(r.warmUp()));
        assertTrue(!r.untilSeen());
    }

    private static Content untilSeenContent(CareLevel level, boolean stopsRunning) {
        RoutineUse safe = new RoutineUse(Assumption.NOTHING, ChosenBy.CAUSE, "");
        RoutineUse waiting = new RoutineUse(Assumption.WAITING_TO_BE_SEEN, ChosenBy.CAUSE, "");
        return ContentFixture.content().yesNo("sore").yesNo("flag")
                .exercise("wu_run", ExerciseKind.WARM_UP, RoutineUse.RUNNING_ON)
                .recovery("rc_until_seen", waiting).recovery("rc_ice", safe).recovery("rc_rest")
                .cause("overuse", "rc_ice", "rc_rest", "wu_run")
                .redFlag("rf_x", level, stopsRunning)
                .rule("sore", is("sore", "yes"), evidence("overuse", 4, "sore"))
                .rule("flag", is("flag", "yes"), flag("rf_x", "flagged"))
                .build();
    }

    @Test
    void anItemChosenOnlyByRulesNeedsARuleThatHoldsNotJustACause() {
        RoutineUse byRule = new RoutineUse(Assumption.KEEPS_RUNNING, ChosenBy.RULE, "");
        Content c = ContentFixture.content().yesNo("sore").yesNo("trail")
                .exercise("st_plain", ExerciseKind.STRETCH).exercise("st_trail", ExerciseKind.STRETCH, byRule)
                .cause("overuse", "st_plain", "st_trail")
                .rule("sore", is("sore", "yes"), evidence("overuse", 4, "sore"))
                .rule("trail", is("trail", "yes"), recommend("st_trail"))
                .build();
        Engine e = new Engine(c);
        assertEquals(List.of("st_plain"), ids(e.assess(answers("sore", "yes", "trail", "no")).routine().all()));
        assertEquals(List.of("st_plain", "st_trail"),
                ids(e.assess(answers("sore", "yes", "trail", "yes")).routine().all()));
    }

    @Test
    void nearIdenticalItemsCollapseToTheBestFittingOne() {
        RoutineUse calf = new RoutineUse(Assumption.KEEPS_RUNNING, ChosenBy.CAUSE, "calf_stretch");
        Content c = ContentFixture.content().yesNo("sore").yesNo("tight")
                .exercise("st_one", ExerciseKind.STRETCH, calf).exercise("st_two", ExerciseKind.STRETCH, calf)
                .exercise("st_three", ExerciseKind.STRETCH, calf)
                .cause("overuse", "st_one", "st_two", "st_three")
                .rule("sore", is("sore", "yes"), evidence("overuse", 4, "sore"))
                .rule("tight", is("tight", "yes"), recommend("st_two"))
                .build();
        Engine e = new Engine(c);
        assertEquals(List.of("st_one"), ids(e.assess(answers("sore", "yes", "tight", "no")).routine().all()));
        assertEquals(List.of("st_two"), ids(e.assess(answers("sore", "yes", "tight", "yes")).routine().all()));
    }

    @Test
    void eachSectionKeepsOnlyItsFewBestItems() {
        ContentFixture f = ContentFixture.content().yesNo("sore");
        String[] ids = new String[10];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "pg_" + i;
            f.advice(ids[i], AdviceTopic.PROGRESSION);
        }
        Content c = f.cause("overuse", ids).rule("sore", is("sore", "yes"), evidence("overuse", 4, "sore"),
                recommend("pg_9")).build();
        Routine r = new Engine(c).assess(answers("sore", "yes")).routine();
        assertEquals(RoutineBuilder.MAX_PREVENTION, r.prevention().size());
        assertTrue(ids(r.prevention()).contains("pg_9"), "the recommended tip is among the few kept");
        assertEquals(List.of("pg_0", "pg_1", "pg_2", "pg_9"), ids(r.prevention()));
    }
}
