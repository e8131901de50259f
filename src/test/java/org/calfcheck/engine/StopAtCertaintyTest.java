package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.all;
import static org.calfcheck.engine.ContentFixture.answers;
import static org.calfcheck.engine.ContentFixture.compare;
import static org.calfcheck.engine.ContentFixture.flag;
import static org.calfcheck.engine.ContentFixture.is;
import static org.calfcheck.engine.ContentFixture.test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Condition.Operator;
import org.calfcheck.content.Content;
import org.calfcheck.content.Question;
import org.calfcheck.content.Unit;
import org.junit.jupiter.api.Test;

/** {@link Engine#decided}: answers so far that already make an emergency certain end the questionnaire. */
class StopAtCertaintyTest {

    private final Content content = ContentFixture.content()
            .yesNo("swollen")
            .yesNo("breathless").shownWhen(is("swollen", "yes"))
            .yesNo("cold_foot").required()
            .yesNo("numb")
            .yesNo("hard_calf")
            .number("weekly_distance", Unit.DISTANCE, 0, 300)
            .number("usual_weekly_distance", Unit.DISTANCE, 0, 300)
            .redFlag("rf_clot", CareLevel.URGENT)
            .redFlag("rf_breath", CareLevel.EMERGENCY)
            .redFlag("rf_cold", CareLevel.EMERGENCY)
            .redFlag("rf_hard", CareLevel.EMERGENCY)
            .rule("clot", is("swollen", "yes"), flag("rf_clot", "swollen calf"))
            .rule("breath", is("breathless", "yes"), flag("rf_breath", "short of breath"))
            .rule("cold", all(is("cold_foot", "yes"), is("numb", "yes")), flag("rf_cold", "cold and numb foot"))
            .rule("hard_unsure", test("hard_calf", Operator.UNKNOWN), flag("rf_hard", "not sure the calf is soft"))
            .rule("jump", compare("derived.weeklyIncreasePercent", Operator.AT_LEAST, 500),
                    flag("rf_hard", "a huge jump"))
            .build();
    private final Engine engine = new Engine(content);

    @Test
    void oneYesToAnEmergencySignDecidesAnEmergencyWithJustThatFlag() {
        Optional<Assessment> decided = engine.decided(answers("swollen", "yes", "breathless", "yes"));

        assertTrue(decided.isPresent());
        assertEquals(CareLevel.EMERGENCY, decided.get().careLevel());
        assertEquals(List.of("rf_breath"), ids(decided.get()));
        assertEquals(List.of("short of breath"), decided.get().redFlags().get(0).reasons());
        assertTrue(decided.get().routine().isEmpty());
    }

    @Test
    void noAnswersYetDecideNothingThoughCompleteAnswersWouldCountThemAsUnknown() {
        assertEquals(CareLevel.EMERGENCY, engine.assess(answers()).careLevel(), "missing answers raise flags");

        assertEquals(Optional.empty(), engine.decided(answers()));
    }

    @Test
    void aPossibleEmergencyIsNotACertainOne() {
        Answers unsure = answers("swollen", "yes", "breathless", "unknown", "cold_foot", "yes");

        assertEquals(CareLevel.EMERGENCY, engine.assess(unsure).careLevel());
        assertEquals(Optional.empty(), engine.decided(unsure));
    }

    @Test
    void aRuleNeedingTwoAnswersDecidesOnlyOnceBothAreGiven() {
        assertEquals(Optional.empty(), engine.decided(answers("cold_foot", "yes")));

        assertEquals(List.of("rf_cold"), ids(engine.decided(answers("cold_foot", "yes", "numb", "yes")).orElseThrow()));
    }

    @Test
    void aQuestionStillToComeIsNotADontKnow() {
        assertEquals(Optional.empty(), engine.decided(answers("swollen", "no")));

        assertEquals(List.of("rf_hard"), ids(engine.decided(answers("hard_calf", "unknown")).orElseThrow()));
    }

    @Test
    void aDerivedNumberWaitsForBothOfItsAnswers() {
        assertEquals(Optional.empty(), engine.decided(answers("weekly_distance", 100)));

        assertEquals(List.of("rf_hard"),
                ids(engine.decided(answers("weekly_distance", 100, "usual_weekly_distance", 10)).orElseThrow()));
    }

    @Test
    void anAnswerToAHiddenQuestionDecidesNothing() {
        assertEquals(Optional.empty(), engine.decided(answers("swollen", "no", "breathless", "yes")));
    }

    @Test
    void answersSoFarAreCheckedWithoutAskingForTheRest() {
        Answers soFar = answers("swollen", "yes", "breathless", "yes");

        assertTrue(engine.check(soFar).stream().anyMatch(p -> p.message().contains("required")));
        assertEquals(List.of(), engine.checkSoFar(soFar));
        assertEquals(List.of("breathless"), engine.checkSoFar(answers("swollen", "no", "breathless", "yes"))
                .stream().map(AnswerProblem::questionId).toList());
        assertEquals(List.of("numb"), engine.checkSoFar(answers("numb", "maybe"))
                .stream().map(AnswerProblem::questionId).toList());
    }

    @Test
    void shownQuestionsFollowShowWhenInQuestionnaireOrder() {
        assertEquals(List.of("swollen", "cold_foot", "numb", "hard_calf", "weekly_distance", "usual_weekly_distance"),
                shownIds(answers("swollen", "no", "breathless", "yes")));
        assertEquals(List.of("swollen", "breathless", "cold_foot", "numb", "hard_calf", "weekly_distance",
                "usual_weekly_distance"), shownIds(answers("swollen", "yes")));
        for (Question q : content.questionnaire().questions()) {
            Answers some = answers("swollen", "unknown");
            assertEquals(engine.isShown(q, some), engine.shownQuestions(some).contains(q), q.id());
        }
    }

    private List<String> shownIds(Answers answers) {
        return engine.shownQuestions(answers).stream().map(Question::id).toList();
    }

    private static List<String> ids(Assessment assessment) {
        return assessment.redFlags().stream().map(RaisedFlag::id).toList();
    }
}
