package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.answers;
import static org.calfcheck.engine.ContentFixture.evidence;
import static org.calfcheck.engine.ContentFixture.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.calfcheck.content.Condition;
import org.calfcheck.content.Content;
import org.calfcheck.content.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CauseScoringTest {

    /** One yes/no question per weight, each giving evidence for cause "c" with that weight. */
    private static Engine engineWithWeights(int... weights) {
        ContentFixture f = ContentFixture.content().cause("c").cause("d");
        for (int i = 0; i < weights.length; i++) {
            f.yesNo("q" + i).rule("r" + i, is("q" + i, "yes"), evidence("c", weights[i], "line " + i));
        }
        return new Engine(f.build());
    }

    private static Answers allYes(int count) {
        Answers a = answers();
        for (int i = 0; i < count; i++) {
            a = a.with("q" + i, new Answer.Chosen("yes"));
        }
        return a;
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"1,NONE", "2,POSSIBLE", "3,POSSIBLE", "4,MODERATE", "5,MODERATE", "6,STRONG", "10,STRONG"})
    void scoresFallIntoBands(int score, String band) {
        List<LikelyCause> causes = engineWithWeights(score >= 5 ? 5 : score, score > 5 ? score - 5 : 0)
                .assess(allYes(score > 5 ? 2 : 1)).causes();
        if (band.equals("NONE")) {
            assertTrue(causes.isEmpty());
        } else {
            assertEquals(Strength.valueOf(band), causes.get(0).strength());
            assertEquals(score, causes.get(0).score());
        }
    }

    @Test
    void evidenceAgainstLowersTheScoreAndIsKept() {
        LikelyCause c = engineWithWeights(5, -2).assess(allYes(2)).causes().get(0);
        assertEquals(3, c.score());
        assertEquals(Strength.POSSIBLE, c.strength());
        assertEquals(List.of(true, false), c.evidence().stream().map(EvidenceLine::supports).toList());
        assertEquals("r1", c.evidence().get(1).ruleId());
    }

    @Test
    void evidenceAgainstDroppingTheScoreBelowTwoUnlistsTheCause() {
        assertTrue(engineWithWeights(3, -2).assess(allYes(2)).causes().isEmpty());
    }

    @Test
    void evidenceNeedsATrueConditionNotAnUnknownOne() {
        assertTrue(engineWithWeights(5).assess(answers("q0", "unknown")).causes().isEmpty());
    }

    @Test
    void linesForComeBeforeLinesAgainst() {
        LikelyCause c = engineWithWeights(-1, 3, -1, 2).assess(allYes(4)).causes().get(0);
        assertEquals(List.of("line 1", "line 3", "line 0", "line 2"),
                c.evidence().stream().map(EvidenceLine::reason).toList());
    }

    @Test
    void causesRankByScoreThenSupportingLinesThenContentOrder() {
        Content content = ContentFixture.content().cause("first").cause("second").cause("third").cause("fourth")
                .yesNo("q")
                .rule("a", is("q", "yes"), evidence("first", 2, "x"))
                .rule("b", is("q", "yes"), evidence("second", 1, "x"), evidence("second", 1, "y"))
                .rule("c", is("q", "yes"), evidence("third", 5, "x"))
                .rule("d", is("q", "yes"), evidence("fourth", 2, "x"))
                .build();
        List<String> ranked = new Engine(content).assess(answers("q", "yes")).causes().stream()
                .map(LikelyCause::id).toList();
        assertEquals(List.of("third", "second", "first", "fourth"), ranked);
    }

    @Test
    void aCauseWithOnlyEvidenceAgainstIsNeverListed() {
        Content content = ContentFixture.content().cause("c").yesNo("q")
                .rule("a", is("q", "yes"), evidence("c", -3, "x")).build();
        assertFalse(new Engine(content).assess(answers("q", "yes")).causes().stream()
                .anyMatch(c -> c.id().equals("c")));
    }

    @Test
    void twoRulesReadingTheSameAnswerGiveOneLineButBothWeights() {
        Content content = ContentFixture.content().cause("c").number("km", Unit.NONE, 0, 500)
                .rule("over_10", ContentFixture.compare("km", Condition.Operator.GREATER_THAN, 10), evidence("c", 3, "you ran {km} km"))
                .rule("over_30", ContentFixture.compare("km", Condition.Operator.GREATER_THAN, 30), evidence("c", 2, "you ran more than 30 km"))
                .build();
        LikelyCause cause = new Engine(content).assess(answers("km", 50.0)).causes().get(0);
        assertEquals(List.of("you ran 50 km"), cause.evidence().stream().map(EvidenceLine::reason).toList());
        assertEquals(5, cause.score());
    }

    @Test
    void oneRuleMayGiveTwoLinesForOneCause() {
        Content content = ContentFixture.content().cause("c").yesNo("q")
                .rule("a", is("q", "yes"), evidence("c", 2, "x"), evidence("c", 1, "y")).build();
        assertEquals(2, new Engine(content).assess(answers("q", "yes")).causes().get(0).evidence().size());
    }
}
