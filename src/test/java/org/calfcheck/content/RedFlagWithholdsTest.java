package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A tip that tells the runner to do an exercise must go wherever that exercise is withheld; otherwise the sheet
 * says "no heel raises" and "heel raises 2–3 times a week" side by side.
 */
class RedFlagWithholdsTest {

    private static final String HEEL_RAISE_TIP = "pg_strength_work";

    static Stream<RedFlag> flagsWithholdingHeelRaises() throws ContentException {
        return ContentLoader.packaged().load().redFlags().stream()
                .filter(flag -> flag.withholds().contains("str_heel_raises"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flagsWithholdingHeelRaises")
    void aFlagThatWithholdsHeelRaisesAlsoWithholdsTheTipToDoThem(RedFlag flag) {
        assertTrue(flag.withholds().contains(HEEL_RAISE_TIP), flag.id() + " withholds heel raises but not "
                + HEEL_RAISE_TIP);
    }

    @org.junit.jupiter.api.Test
    void theSuspectedRuptureAndTearAreAmongThem() throws ContentException {
        List<String> ids = flagsWithholdingHeelRaises().map(RedFlag::id).toList();
        assertTrue(ids.containsAll(List.of("rf_achilles_rupture", "rf_calf_tear", "rf_possible_clot")), ids.toString());
    }
}
