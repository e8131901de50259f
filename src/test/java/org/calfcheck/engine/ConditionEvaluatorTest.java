package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.all;
import static org.calfcheck.engine.ContentFixture.always;
import static org.calfcheck.engine.ContentFixture.answers;
import static org.calfcheck.engine.ContentFixture.any;
import static org.calfcheck.engine.ContentFixture.compare;
import static org.calfcheck.engine.ContentFixture.is;
import static org.calfcheck.engine.ContentFixture.not;
import static org.calfcheck.engine.ContentFixture.test;
import static org.calfcheck.engine.Truth.FALSE;
import static org.calfcheck.engine.Truth.TRUE;
import static org.calfcheck.engine.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.calfcheck.content.Condition;
import org.calfcheck.content.Condition.Operator;
import org.calfcheck.content.Content;
import org.calfcheck.content.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionEvaluatorTest {

    private final Content content = ContentFixture.content()
            .scale("pain")
            .yesNo("swollen")
            .yesNo("breathless").shownWhen(is("swollen", "yes"))
            .single("where", "upper", "lower", "achilles")
            .multi("signs", "red", "hot", "cramp")
            .number("weekly_distance", Unit.DISTANCE, 0, 300)
            .build();

    private Truth eval(Condition condition, Answers answers) {
        return new ConditionEvaluator(new Facts(new ContentIndex(content), answers, DerivedInputs.STANDARD))
                .evaluate(condition);
    }

    @ParameterizedTest(name = "pain {0} {1} 5 → {2}")
    @CsvSource({
        "5,EQUALS,TRUE", "4,EQUALS,FALSE", "5,NOT_EQUALS,FALSE", "6,NOT_EQUALS,TRUE",
        "4,LESS_THAN,TRUE", "5,LESS_THAN,FALSE", "5,AT_MOST,TRUE", "6,AT_MOST,FALSE",
        "6,GREATER_THAN,TRUE", "5,GREATER_THAN,FALSE", "5,AT_LEAST,TRUE", "4,AT_LEAST,FALSE",
        "5,IN,UNKNOWN", "5,CONTAINS,UNKNOWN"})
    void numberComparisonsUseEachOperator(int pain, Operator op, Truth expected) {
        assertEquals(expected, eval(compare("pain", op, 5), answers("pain", pain)));
    }

    @ParameterizedTest(name = "where=lower {0} {1} → {2}")
    @CsvSource({
        "EQUALS,lower,TRUE", "EQUALS,upper,FALSE", "NOT_EQUALS,upper,TRUE", "NOT_EQUALS,lower,FALSE",
        "IN,upper|lower,TRUE", "IN,upper|achilles,FALSE",
        "CONTAINS,lower,TRUE", "CONTAINS_ANY,upper|lower,TRUE", "CONTAINS_ANY,upper,FALSE",
        "AT_LEAST,lower,UNKNOWN"})
    void singleChoiceComparisonsUseEachOperator(Operator op, String operand, Truth expected) {
        assertEquals(expected, eval(compare("where", op, operand.split("\\|")), answers("where", "lower")));
    }

    @ParameterizedTest(name = "signs=[red,hot] {0} {1} → {2}")
    @CsvSource({
        "EQUALS,red|hot,TRUE", "EQUALS,red,FALSE", "NOT_EQUALS,red,TRUE",
        "CONTAINS,red|hot,TRUE", "CONTAINS,red|cramp,FALSE",
        "CONTAINS_ANY,cramp|hot,TRUE", "CONTAINS_ANY,cramp,FALSE", "IN,cramp|red,TRUE"})
    void multipleChoiceComparisonsUseEachOperator(Operator op, String operand, Truth expected) {
        assertEquals(expected, eval(compare("signs", op, operand.split("\\|")), answers("signs", List.of("red", "hot"))));
    }

    @Test
    void yesNoAnswersCompareAsChoices() {
        assertEquals(TRUE, eval(is("swollen", "yes"), answers("swollen", "yes")));
        assertEquals(FALSE, eval(is("swollen", "yes"), answers("swollen", "no")));
    }

    @Test
    void anEmptyMultipleChoiceContainsNothing() {
        assertEquals(FALSE, eval(compare("signs", Operator.CONTAINS_ANY, "red"), answers("signs", List.of())));
    }

    @Test
    void distancesCompareInKilometresWhateverTheRunnersUnit() {
        Condition atLeast40km = compare("weekly_distance", Operator.AT_LEAST, 40);
        assertEquals(FALSE, eval(atLeast40km, ContentFixture.answersIn(DistanceUnit.KM, "weekly_distance", 30)));
        assertEquals(TRUE, eval(atLeast40km, ContentFixture.answersIn(DistanceUnit.MI, "weekly_distance", 30)));
    }

    @Test
    void everyComparisonOnDontKnowIsUnknownExceptTheUnknownTests() {
        Answers dontKnow = answers("pain", "unknown", "where", "unknown", "signs", "unknown");
        for (Operator op : List.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.AT_LEAST, Operator.LESS_THAN)) {
            assertEquals(UNKNOWN, eval(compare("pain", op, 5), dontKnow), op.name());
        }
        assertEquals(UNKNOWN, eval(compare("where", Operator.IN, "lower"), dontKnow));
        assertEquals(UNKNOWN, eval(compare("signs", Operator.CONTAINS, "red"), dontKnow));
        assertEquals(TRUE, eval(test("pain", Operator.UNKNOWN), dontKnow));
        assertEquals(FALSE, eval(test("pain", Operator.ANSWERED), dontKnow));
    }

    @Test
    void aShownQuestionLeftUnansweredIsUnknown() {
        assertEquals(UNKNOWN, eval(compare("pain", Operator.AT_LEAST, 7), answers()));
        assertEquals(TRUE, eval(test("pain", Operator.UNKNOWN), answers()));
        assertEquals(FALSE, eval(test("pain", Operator.ANSWERED), answers()));
    }

    @Test
    void theUnknownTestsOnARealAnswer() {
        assertEquals(FALSE, eval(test("pain", Operator.UNKNOWN), answers("pain", 3)));
        assertEquals(TRUE, eval(test("pain", Operator.ANSWERED), answers("pain", 3)));
    }

    @Test
    void everyComparisonOnAHiddenQuestionIsFalseEvenWhenAnswered() {
        Answers hidden = answers("swollen", "no", "breathless", "yes");
        assertEquals(FALSE, eval(is("breathless", "yes"), hidden));
        assertEquals(FALSE, eval(is("breathless", "no"), hidden));
        assertEquals(FALSE, eval(test("breathless", Operator.UNKNOWN), hidden));
        assertEquals(FALSE, eval(test("breathless", Operator.ANSWERED), hidden));
        assertEquals(TRUE, eval(not(is("breathless", "yes")), hidden));
    }

    @Test
    void aQuestionWhoseShowWhenHangsOnADontKnowIsUndecidedSoEveryComparisonIsUnknown() {
        Answers undecided = answers("swollen", "unknown", "breathless", "no");
        assertEquals(UNKNOWN, eval(is("breathless", "yes"), undecided));
        assertEquals(UNKNOWN, eval(test("breathless", Operator.ANSWERED), undecided));
        assertEquals(UNKNOWN, eval(test("breathless", Operator.UNKNOWN), undecided));
    }

    @Test
    void allAndAnyFollowKleeneWithUnknownChildren() {
        Answers a = answers("pain", 8, "where", "unknown");
        Condition painHigh = compare("pain", Operator.AT_LEAST, 7);
        Condition painLow = compare("pain", Operator.LESS_THAN, 3);
        Condition whereLower = is("where", "lower");
        assertEquals(UNKNOWN, eval(all(painHigh, whereLower), a));
        assertEquals(FALSE, eval(all(painLow, whereLower), a));
        assertEquals(TRUE, eval(any(painHigh, whereLower), a));
        assertEquals(UNKNOWN, eval(any(painLow, whereLower), a));
        assertEquals(UNKNOWN, eval(not(whereLower), a));
    }

    @Test
    void emptyAllIsTrueAndEmptyAnyIsFalse() {
        assertEquals(TRUE, eval(always(), answers()));
        assertEquals(FALSE, eval(any(), answers()));
    }

    @Test
    void aComparisonWithTheWrongOperandTypeIsUnknownNotReassuring() {
        assertEquals(UNKNOWN, eval(compare("pain", Operator.EQUALS, "yes"), answers("pain", 5)));
        assertEquals(UNKNOWN, eval(compare("where", Operator.AT_LEAST, 3), answers("where", "lower")));
    }

    @Test
    void aFactNotInTheQuestionnaireIsUnknown() {
        assertEquals(UNKNOWN, eval(is("no_such_question", "yes"), answers()));
    }

    @Test
    void aConditionListsTheFactsItLooksAtOnceEachInTreeOrder() {
        Condition c = all(is("swollen", "yes"), any(not(is("where", "lower")), test("pain", Operator.UNKNOWN)),
                is("swollen", "no"));
        assertEquals(List.of("swollen", "where", "pain"), List.copyOf(c.facts()));
    }
}
