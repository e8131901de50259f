package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.Advice;
import org.calfcheck.content.AdviceTopic;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Cause;
import org.calfcheck.content.Choice;
import org.calfcheck.content.Condition;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.NumberOperand;
import org.calfcheck.content.Condition.Operator;
import org.calfcheck.content.Content;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Effect;
import org.calfcheck.content.Exercise;
import org.calfcheck.content.ExerciseKind;
import org.calfcheck.content.NumberRange;
import org.calfcheck.content.Question;
import org.calfcheck.content.QuestionType;
import org.calfcheck.content.Questionnaire;
import org.calfcheck.content.RecoveryStep;
import org.calfcheck.content.RedFlag;
import org.calfcheck.content.RoutineUse;
import org.calfcheck.content.Rule;
import org.calfcheck.content.Section;
import org.calfcheck.content.Unit;

/**
 * Builds small {@link Content} in test code, so engine tests state exactly the questions, items and rules they
 * rely on. Question modifiers ({@link #required()}, {@link #noUnknown()}, {@link #shownWhen}) apply to the
 * question added last.
 */
final class ContentFixture {

    private final List<Question> questions = new ArrayList<>();
    private final List<Cause> causes = new ArrayList<>();
    private final List<Exercise> exercises = new ArrayList<>();
    private final List<RecoveryStep> recovery = new ArrayList<>();
    private final List<Advice> advice = new ArrayList<>();
    private final List<RedFlag> redFlags = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    static ContentFixture content() {
        return new ContentFixture();
    }

    Content build() {
        return new Content("test-1", causes, exercises, recovery, advice, redFlags,
                new Questionnaire(List.of(new Section("all", "All", "", List.copyOf(questions)))), rules);
    }

    // ---- questions

    ContentFixture yesNo(String id) {
        return question(id, QuestionType.YES_NO, List.of(), Unit.NONE, Optional.empty());
    }

    ContentFixture scale(String id) {
        return question(id, QuestionType.SCALE, List.of(), Unit.NONE, Optional.of(new NumberRange(0, 10)));
    }

    ContentFixture number(String id, Unit unit, double min, double max) {
        return question(id, QuestionType.NUMBER, List.of(), unit, Optional.of(new NumberRange(min, max)));
    }

    ContentFixture single(String id, String... choices) {
        return question(id, QuestionType.SINGLE_CHOICE, choices(choices), Unit.NONE, Optional.empty());
    }

    ContentFixture multi(String id, String... choices) {
        return question(id, QuestionType.MULTI_CHOICE, choices(choices), Unit.NONE, Optional.empty());
    }

    ContentFixture required() {
        return replaceLast(q -> new Question(q.id(), q.type(), q.text(), q.help(), q.choices(), q.unit(), q.range(),
                q.allowUnknown(), true, q.showWhen()));
    }

    ContentFixture noUnknown() {
        return replaceLast(q -> new Question(q.id(), q.type(), q.text(), q.help(), q.choices(), q.unit(), q.range(),
                false, q.required(), q.showWhen()));
    }

    ContentFixture shownWhen(Condition condition) {
        return replaceLast(q -> new Question(q.id(), q.type(), q.text(), q.help(), q.choices(), q.unit(), q.range(),
                q.allowUnknown(), q.required(), Optional.of(condition)));
    }

    private ContentFixture question(String id, QuestionType type, List<Choice> choices, Unit unit,
                                    Optional<NumberRange> range) {
        questions.add(new Question(id, type, "Question " + id + "?", "", choices, unit, range, true, false,
                Optional.empty()));
        return this;
    }

    private ContentFixture replaceLast(java.util.function.UnaryOperator<Question> change) {
        questions.set(questions.size() - 1, change.apply(questions.get(questions.size() - 1)));
        return this;
    }

    private static List<Choice> choices(String... ids) {
        return Arrays.stream(ids).map(id -> new Choice(id, "Label " + id)).toList();
    }

    // ---- items

    ContentFixture cause(String id, String... helpedBy) {
        causes.add(new Cause(id, "Cause " + id, "summary " + id, "", "", List.of(helpedBy)));
        return this;
    }

    ContentFixture exercise(String id, ExerciseKind kind) {
        return exercise(id, kind, Dose.NONE);
    }

    ContentFixture exercise(String id, ExerciseKind kind, Dose dose) {
        exercises.add(new Exercise(id, kind, "Exercise " + id, "", "", List.of("step"), dose, List.of()));
        return this;
    }

    /** An exercise with its own assumption, chooser and family. */
    ContentFixture exercise(String id, ExerciseKind kind, RoutineUse use) {
        exercises.add(new Exercise(id, kind, "Exercise " + id, "", "", List.of("step"), Dose.NONE, List.of(), use));
        return this;
    }

    ContentFixture recovery(String id) {
        recovery.add(new RecoveryStep(id, "Recovery " + id, "", "", List.of(), Dose.NONE, List.of()));
        return this;
    }

    ContentFixture recovery(String id, RoutineUse use) {
        recovery.add(new RecoveryStep(id, "Recovery " + id, "", "", List.of(), Dose.NONE, List.of(), use));
        return this;
    }

    ContentFixture redFlag(String id, CareLevel level, boolean stopsRunning, String... withholds) {
        redFlags.add(new RedFlag(id, "Flag " + id, "", "", level, "act on " + id, List.of(withholds), stopsRunning));
        return this;
    }

    ContentFixture advice(String id, AdviceTopic topic) {
        advice.add(new Advice(id, topic, "Advice " + id, "", "", "check " + id));
        return this;
    }

    ContentFixture redFlag(String id, CareLevel level, String... withholds) {
        redFlags.add(new RedFlag(id, "Flag " + id, "", "", level, "act on " + id, List.of(withholds)));
        return this;
    }

    ContentFixture rule(String id, Condition when, Effect... effects) {
        rules.add(new Rule(id, "rule " + id, when, List.of(effects)));
        return this;
    }

    // ---- conditions and effects

    static Condition is(String fact, String... choices) {
        return compare(fact, Operator.EQUALS, new ChoiceOperand(List.of(choices)));
    }

    static Condition compare(String fact, Operator op, double number) {
        return compare(fact, op, new NumberOperand(number));
    }

    static Condition compare(String fact, Operator op, String... choices) {
        return compare(fact, op, new ChoiceOperand(List.of(choices)));
    }

    static Condition compare(String fact, Operator op, Condition.Operand operand) {
        return new Compare(fact, op, Optional.of(operand));
    }

    static Condition test(String fact, Operator op) {
        return new Compare(fact, op, Optional.empty());
    }

    static Condition all(Condition... conditions) {
        return new Condition.All(List.of(conditions));
    }

    static Condition any(Condition... conditions) {
        return new Condition.Any(List.of(conditions));
    }

    static Condition not(Condition condition) {
        return new Condition.Not(condition);
    }

    static Condition always() {
        return new Condition.All(List.of());
    }

    static Effect evidence(String cause, int weight, String reason) {
        return new Effect.Evidence(cause, weight, reason);
    }

    static Effect flag(String redFlag, String reason) {
        return new Effect.RaiseFlag(redFlag, reason);
    }

    static Effect recommend(String item) {
        return new Effect.Recommend(item, "recommended " + item);
    }

    static Effect withhold(String item, String reason) {
        return new Effect.Withhold(item, reason);
    }

    // ---- answers

    static Answers answers(Object... idValuePairs) {
        return answersIn(DistanceUnit.KM, idValuePairs);
    }

    /** Pairs of question id and value: a String ("unknown" → Unknown), a Number, or a List of Strings. */
    static Answers answersIn(DistanceUnit units, Object... idValuePairs) {
        Answers answers = Answers.empty(units);
        for (int i = 0; i < idValuePairs.length; i += 2) {
            answers = answers.with((String) idValuePairs[i], answer(idValuePairs[i + 1]));
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    static Answer answer(Object value) {
        if ("unknown".equals(value)) {
            return new Answer.Unknown();
        }
        if (value instanceof String s) {
            return new Answer.Chosen(s);
        }
        if (value instanceof java.lang.Number n) {
            return new Answer.Number(n.doubleValue());
        }
        return new Answer.ChosenMany((List<String>) value);
    }
}
