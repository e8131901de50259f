package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.answers;
import static org.calfcheck.engine.ContentFixture.answersIn;
import static org.calfcheck.engine.ContentFixture.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.calfcheck.content.Content;
import org.calfcheck.content.Unit;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private final Content content = ContentFixture.content()
            .yesNo("swollen").required()
            .yesNo("breathless").required().shownWhen(is("swollen", "yes"))
            .scale("pain_now").noUnknown()
            .single("where", "upper", "lower")
            .multi("signs", "red", "hot")
            .number("weekly_distance", Unit.DISTANCE, 0, 200)
            .number("days", Unit.DAYS, 0, 60)
            .build();
    private final Engine engine = new Engine(content);

    private List<String> problems(Answers answers) {
        return engine.check(answers).stream().map(AnswerProblem::toString).toList();
    }

    @Test
    void completeValidAnswersHaveNoProblems() {
        assertEquals(List.of(), problems(answers("swollen", "yes", "breathless", "no", "pain_now", 4,
                "where", "lower", "signs", List.of("red"), "weekly_distance", 30, "days", "unknown")));
    }

    @Test
    void anUnknownQuestionIsAProblem() {
        assertEquals(List.of("pain_later: is not a question in the questionnaire"),
                problems(answers("swollen", "no", "pain_later", 3)));
    }

    @Test
    void aNumberForAChoiceQuestionIsTheWrongType() {
        assertEquals(List.of("where: expects one of \"upper\", \"lower\", not the number 3"),
                problems(answers("swollen", "no", "where", 3)));
    }

    @Test
    void aChoiceForANumberQuestionIsTheWrongType() {
        assertEquals(List.of("days: expects a number, not \"many\""), problems(answers("swollen", "no", "days", "many")));
    }

    @Test
    void aSingleChoiceForAMultipleChoiceQuestionIsTheWrongType() {
        assertEquals(List.of("signs: expects a list of choices from \"red\", \"hot\", not \"red\""),
                problems(answers("swollen", "no", "signs", "red")));
    }

    @Test
    void aChoiceTheQuestionDoesNotOfferIsAProblem() {
        assertEquals(List.of("swollen: \"maybe\" is not one of \"yes\", \"no\"",
                        "where: \"middle\" is not one of \"upper\", \"lower\"",
                        "signs: \"cold\" is not among \"red\", \"hot\""),
                problems(answers("swollen", "maybe", "where", "middle", "signs", List.of("red", "cold"))));
    }

    @Test
    void aNumberOutOfRangeNamesTheRange() {
        assertEquals(List.of("days: 61 is out of range 0–60"), problems(answers("swollen", "no", "days", 61)));
    }

    @Test
    void distancesAreCheckedInKilometresAndReportedInTheRunnersUnit() {
        assertEquals(List.of(), problems(answersIn(DistanceUnit.MI, "swollen", "no", "weekly_distance", 124)));
        assertEquals(List.of("weekly_distance: 125 is out of range 0–124.2 miles"),
                problems(answersIn(DistanceUnit.MI, "swollen", "no", "weekly_distance", 125)));
        assertEquals(List.of("weekly_distance: 201 is out of range 0–200 km"),
                problems(answersIn(DistanceUnit.KM, "swollen", "no", "weekly_distance", 201)));
    }

    @Test
    void aScaleAnswerMustBeAWholeNumberFromZeroToTen() {
        assertEquals(List.of("pain_now: 12 is out of range 0–10"),
                problems(answers("swollen", "no", "pain_now", 12)));
        assertEquals(List.of("pain_now: 6.5 is not a whole number from 0 to 10"),
                problems(answers("swollen", "no", "pain_now", 6.5)));
        assertEquals(List.of("pain_now: expects a whole number from 0 to 10, not \"high\""),
                problems(answers("swollen", "no", "pain_now", "high")));
    }

    @Test
    void dontKnowWhereItIsNotAllowedIsAProblem() {
        assertEquals(List.of("pain_now: \"unknown\" is not accepted here; please give an answer"),
                problems(answers("swollen", "no", "pain_now", "unknown")));
    }

    @Test
    void anAnswerToAHiddenQuestionIsAProblem() {
        assertEquals(List.of("breathless: is answered, but the question is not asked with these answers"
                + " (its showWhen does not hold)"), problems(answers("swollen", "no", "breathless", "no")));
    }

    @Test
    void aRequiredShownQuestionWithoutAnAnswerIsAProblemButAHiddenOneIsNot() {
        assertEquals(List.of("breathless: is required but has no answer"), problems(answers("swollen", "yes")));
        assertEquals(List.of(), problems(answers("swollen", "no")));
        assertEquals(List.of(), problems(answers("swollen", "unknown")));
    }

    @Test
    void everyProblemIsReportedAtOnceInQuestionnaireOrder() {
        List<String> all = problems(answers("pain_later", 1, "breathless", "yes", "pain_now", 11,
                "where", 2, "days", -1));
        assertEquals(List.of("swollen: is required but has no answer",
                "breathless: is answered, but the question is not asked with these answers (its showWhen does not hold)",
                "pain_now: 11 is out of range 0–10",
                "where: expects one of \"upper\", \"lower\", not the number 2",
                "days: -1 is out of range 0–60",
                "pain_later: is not a question in the questionnaire"), all);
    }
}
