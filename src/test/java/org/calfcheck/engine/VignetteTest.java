package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.calfcheck.content.Cause;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Effect;
import org.calfcheck.content.RedFlag;
import org.calfcheck.content.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Runs every clinical vignette through the real engine on the packaged content. */
class VignetteTest {

    private static Content content;
    private static Engine engine;
    private static List<Vignette> vignettes;

    @BeforeAll
    static void loadContentAndVignettes() throws ContentException {
        content = ContentLoader.packaged().load();
        engine = new Engine(content);
        vignettes = Vignette.all();
    }

    @TestFactory
    Stream<DynamicTest> everyVignetteGetsTheCareACarefulClinicianExpects() {
        return vignettes.stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> check(v)));
    }

    private static void check(Vignette v) {
        String name = "vignette " + v.file() + ": ";
        assertEquals(List.of(), engine.check(v.answers()), name + "the answers must pass check()");
        Assessment a = engine.assess(v.answers());
        Vignette.Expect e = v.expect();
        List<String> topThree = a.causes().stream().limit(3).map(LikelyCause::id).toList();
        Set<String> flags = a.redFlags().stream().map(RaisedFlag::id).collect(Collectors.toSet());
        Set<String> routine = a.routine().all().stream().map(RoutineItem::id).collect(Collectors.toSet());
        Set<String> withheld = a.withheld().stream().map(WithheldItem::id).collect(Collectors.toSet());
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(e.careLevel(), a.careLevel(), name + "care level (flags raised: " + flags + ")"));
        e.causesInTopThree().forEach(c -> checks.add(() -> assertTrue(topThree.contains(c),
                name + c + " should be in the top three, but the causes are " + scores(a))));
        e.redFlags().forEach(f -> checks.add(() -> assertTrue(flags.contains(f),
                name + f + " should be raised; raised: " + flags)));
        e.withheld().forEach(i -> checks.add(() -> assertTrue(withheld.contains(i) && !routine.contains(i),
                name + i + " should be withheld and out of the routine; withheld: " + withheld)));
        e.notInRoutine().forEach(i -> checks.add(() -> assertTrue(!routine.contains(i),
                name + i + " must not be in the routine")));
        e.inRoutine().forEach(i -> checks.add(() -> assertTrue(routine.contains(i),
                name + i + " should be in the routine; routine: " + routine)));
        if (e.routineEmpty()) {
            checks.add(() -> assertTrue(a.routine().isEmpty(), name + "the routine should be empty, not " + routine));
        }
        assertAll(name, checks);
    }

    private static String scores(Assessment a) {
        return a.causes().stream().map(c -> c.id() + "=" + c.score()).toList().toString();
    }

    @Test
    void thereAreAtLeastTwentyFourVignettes() {
        assertTrue(vignettes.size() >= 24, "only " + vignettes.size() + " vignettes");
    }

    @Test
    void everyCauseIsInTheTopThreeOfSomeVignette() {
        Set<String> expected = vignettes.stream().flatMap(v -> v.expect().causesInTopThree().stream())
                .collect(Collectors.toSet());
        Set<String> actual = vignettes.stream()
                .flatMap(v -> engine.assess(v.answers()).causes().stream().limit(3).map(LikelyCause::id))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Cause cause : content.causes()) {
            if (!expected.contains(cause.id()) || !actual.contains(cause.id())) {
                missing.add(cause.id());
            }
        }
        assertEquals(Set.of(), missing, "causes never expected (and found) in any vignette's top three");
    }

    @Test
    void everyRedFlagIsExpectedBySomeVignette() {
        Set<String> expected = vignettes.stream().flatMap(v -> v.expect().redFlags().stream())
                .collect(Collectors.toSet());
        Set<String> missing = content.redFlags().stream().map(RedFlag::id).filter(f -> !expected.contains(f))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "red flags no vignette expects");
    }

    /** Each red-flag rule (not only each flag) is seen raising its flag, in its own words, by some vignette. */
    @Test
    void everyRedFlagRuleIsWitnessedBySomeVignette() {
        List<RaisedFlag> raised = vignettes.stream().flatMap(v -> engine.assess(v.answers()).redFlags().stream())
                .toList();
        Set<String> unwitnessed = new TreeSet<>();
        for (Rule rule : content.rules()) {
            for (Effect effect : rule.effects()) {
                if (effect instanceof Effect.RaiseFlag flag) {
                    Pattern words = template(flag.reason());
                    boolean seen = raised.stream().anyMatch(r -> r.id().equals(flag.redFlag())
                            && r.reasons().stream().anyMatch(reason -> words.matcher(reason).matches()));
                    if (!seen) {
                        unwitnessed.add(rule.id());
                    }
                }
            }
        }
        assertEquals(Set.of(), unwitnessed, "red-flag rules that no vignette sets off");
    }

    /** A reason with {fact} placeholders as a pattern: the placeholders match any filled-in value. */
    private static Pattern template(String reason) {
        String[] parts = reason.split("\\{[^}]+}", -1);
        return Pattern.compile(Stream.of(parts).map(Pattern::quote).collect(Collectors.joining(".+?")));
    }

    @Test
    void everyCareLevelHasAVignette() {
        Set<String> levels = vignettes.stream().map(v -> v.expect().careLevel().name()).collect(Collectors.toSet());
        assertEquals(Set.of("SELF_CARE", "SOON", "URGENT", "EMERGENCY"), levels);
    }
}
