package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.always;
import static org.calfcheck.engine.ContentFixture.answers;
import static org.calfcheck.engine.ContentFixture.compare;
import static org.calfcheck.engine.ContentFixture.evidence;
import static org.calfcheck.engine.ContentFixture.flag;
import static org.calfcheck.engine.ContentFixture.is;
import static org.calfcheck.engine.ContentFixture.recommend;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Condition.Operator;
import org.calfcheck.content.Content;
import org.calfcheck.content.ExerciseKind;
import org.calfcheck.content.Question;
import org.calfcheck.content.Unit;
import org.junit.jupiter.api.Test;

class EngineTest {

    private final Content content = ContentFixture.content()
            .yesNo("swollen")
            .yesNo("breathless").shownWhen(is("swollen", "yes"))
            .number("weekly_distance", Unit.DISTANCE, 0, 300)
            .number("usual_weekly_distance", Unit.DISTANCE, 0, 300)
            .exercise("st_wall", ExerciseKind.STRETCH).recovery("rc_rest")
            .cause("training_progression", "rc_rest", "st_wall")
            .redFlag("rf_clot", CareLevel.URGENT, "st_wall")
            .redFlag("rf_breath", CareLevel.EMERGENCY)
            .rule("baseline", always(), recommend("rc_rest"))
            .rule("jump", compare("derived.weeklyIncreasePercent", Operator.AT_LEAST, 30),
                    evidence("training_progression", 4, "you ran {derived.weeklyIncreasePercent}% more"
                            + " ({weekly_distance} against {usual_weekly_distance})"))
            .rule("clot", is("swollen", "yes"), flag("rf_clot", "swollen calf"))
            .rule("breath", is("breathless", "yes"), flag("rf_breath", "short of breath"))
            .build();
    private final Engine engine = new Engine(content);

    @Test
    void theEngineKeepsItsContent() {
        assertSame(content, engine.content());
        assertEquals("test-1", engine.assess(answers()).contentVersion());
    }

    @Test
    void aSharpJumpInDistanceExplainsItselfInTheRunnersUnit() {
        Answers miles = ContentFixture.answersIn(DistanceUnit.MI, "swollen", "no", "breathless", "no",
                "weekly_distance", 26, "usual_weekly_distance", 20);
        Assessment a = engine.assess(miles);
        assertEquals(CareLevel.SELF_CARE, a.careLevel());
        LikelyCause cause = a.causes().get(0);
        assertEquals(Strength.MODERATE, cause.strength());
        assertEquals("you ran 30% more (26 miles against 20 miles)", cause.evidence().get(0).reason());
        assertEquals("you ran 30% more (42 km against 32 km)",
                engine.assess(miles, DistanceUnit.KM).causes().get(0).evidence().get(0).reason());
    }

    @Test
    void theSameAnswersGiveAnEqualAssessment() {
        Answers a = answers("swollen", "yes", "breathless", "unknown", "weekly_distance", 50,
                "usual_weekly_distance", 20);
        assertEquals(engine.assess(a), engine.assess(a));
        assertEquals(engine.assess(a), new Engine(content).assess(a));
    }

    @Test
    void isShownFollowsShowWhenAndTreatsDontKnowAsNotShown() {
        Question breathless = content.questionnaire().question("breathless").orElseThrow();
        Question swollen = content.questionnaire().question("swollen").orElseThrow();
        assertTrue(engine.isShown(swollen, answers()));
        assertTrue(engine.isShown(breathless, answers("swollen", "yes")));
        assertFalse(engine.isShown(breathless, answers("swollen", "no")));
        assertFalse(engine.isShown(breathless, answers("swollen", "unknown")));
        assertFalse(engine.isShown(breathless, answers()));
    }

    @Test
    void answersToHiddenOrUnknownQuestionsAreIgnored() {
        Assessment a = engine.assess(answers("swollen", "no", "breathless", "yes", "not_a_question", 3));
        assertEquals(CareLevel.SELF_CARE, a.careLevel());
    }

    @Test
    void dontKnowAboutAGatingQuestionStillRaisesTheFlagsBehindIt() {
        Assessment a = engine.assess(answers("swollen", "unknown", "weekly_distance", 10, "usual_weekly_distance", 10));
        assertEquals(CareLevel.EMERGENCY, a.careLevel());
        assertEquals(List.of("rf_breath", "rf_clot"), a.redFlags().stream().map(RaisedFlag::id).toList());
        assertTrue(a.routine().isEmpty());
    }

    @Test
    void answersOfTheWrongTypeNeverMakeAssessThrow() {
        Assessment a = engine.assess(answers("swollen", 3, "weekly_distance", "lots", "usual_weekly_distance",
                List.of("x")));
        assertEquals(CareLevel.EMERGENCY, a.careLevel());
    }
}
