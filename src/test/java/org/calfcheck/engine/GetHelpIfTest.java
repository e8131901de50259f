package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * "Get help if…" fits the result: a runner sent to a doctor today about a clot is told what to do if it gets worse
 * before then, never to give a routine two weeks; and ice, which only masks a clot's signs, waits until they are seen.
 */
class GetHelpIfTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");
    private static Engine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = new Engine(ContentLoader.packaged().load());
    }

    private static Assessment example(String name) throws Exception {
        return engine.assess(AnswersJson.parse(Files.readString(EXAMPLES.resolve(name))));
    }

    private static String joined(Assessment a) {
        return String.join("\n", a.getHelpIf()).toLowerCase(Locale.ROOT);
    }

    @Test
    void aPossibleClotIsToldWhenToCallForHelpBeforeBeingSeenAndNotToWaitTwoWeeks() throws Exception {
        Assessment clot = example("urgent-possible-clot-after-flight.json");
        String lines = joined(clot);
        assertEquals(CareLevel.URGENT, clot.careLevel());
        assertAll(
                () -> assertFalse(lines.contains("two weeks"), lines),
                () -> assertFalse(lines.contains("routine"), lines),
                () -> assertTrue(lines.contains("cough up blood") && lines.contains("call emergency services"), lines),
                () -> assertTrue(lines.contains("gets worse before you are seen"), lines));
    }

    @Test
    void aSelfCareRunnerKeepsTheTwoWeekLine() throws Exception {
        String lines = joined(example("self-care-new-runner-overuse.json"));
        assertTrue(lines.contains("no better after two weeks of this routine"), lines);
        assertFalse(lines.contains("before you are seen"), lines);
    }

    @Test
    void theBreathlessnessLineForAClotIsNotShownForAnUrgentResultWithoutOne() throws Exception {
        Assessment pop = example("urgent-pop-at-the-heel.json");
        assertEquals(CareLevel.URGENT, pop.careLevel());
        String lines = joined(pop);
        assertFalse(lines.contains("cough up blood"), lines);
        assertTrue(lines.contains("gets worse before you are seen"), lines);
    }

    /** Every vignette gets lines, and none of a result that sends the runner to be seen speaks of the routine. */
    @TestFactory
    Stream<DynamicTest> everyResultHasLinesThatFitItsLevel() {
        return Vignette.all().stream().map(v -> DynamicTest.dynamicTest(v.file(), () -> {
            Assessment a = engine.assess(v.answers());
            String lines = joined(a);
            assertFalse(a.getHelpIf().isEmpty(), v.file());
            if (a.careLevel().isAtLeast(CareLevel.URGENT)) {
                assertFalse(lines.contains("routine") || lines.contains("two weeks"), v.file() + ": " + lines);
            }
        }));
    }

    @Test
    void iceIsWithheldForAPossibleClotWithItsOwnReason() throws Exception {
        Assessment clot = example("urgent-possible-clot-after-flight.json");
        List<RoutineItem> routine = clot.routine().all();
        assertTrue(routine.stream().noneMatch(i -> i.id().equals("rc_ice")), "ice is in the routine");
        WithheldItem ice = clot.withheld().stream().filter(w -> w.id().equals("rc_ice")).findFirst().orElseThrow();
        assertEquals("rf_possible_clot", ice.because());
        assertTrue(ice.reason().contains("clot") && ice.reason().contains("hide"), ice.reason());
    }
}
