package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.calfcheck.content.Choice;
import org.calfcheck.content.NumberRange;
import org.calfcheck.content.Question;
import org.calfcheck.content.QuestionType;
import org.calfcheck.content.Unit;

/**
 * Finds every problem in a set of answers at once, each tied to its question: unknown question, wrong type,
 * choice not offered, number out of range, "unknown" where not allowed, answer to a hidden question, and a
 * required shown question left out (not for answers so far: see {@link Facts}). Problems come in questionnaire
 * order, unknown questions last.
 */
final class AnswerCheck {

    private static final NumberRange SCALE = new NumberRange(0, 10);

    private final ContentIndex index;

    AnswerCheck(ContentIndex index) {
        this.index = index;
    }

    List<AnswerProblem> check(Facts facts) {
        Answers answers = facts.answers();
        List<AnswerProblem> problems = new ArrayList<>();
        for (Question question : index.questions()) {
            Optional<Answer> answer = answers.get(question.id());
            boolean shown = facts.isShown(question);
            if (answer.isEmpty()) {
                if (shown && question.required() && !facts.soFar()) {
                    problems.add(problem(question, "is required but has no answer"));
                }
            } else if (facts.soFar() ? facts.visibility(question) == Truth.FALSE : !shown) {
                problems.add(problem(question, "is answered, but the question is not asked with these answers"
                        + " (its showWhen does not hold)"));
            } else {
                answerProblem(question, answer.get(), answers.units()).ifPresent(problems::add);
            }
        }
        answers.values().keySet().stream().filter(id -> index.question(id).isEmpty())
                .forEach(id -> problems.add(new AnswerProblem(id, "is not a question in the questionnaire")));
        return problems;
    }

    private Optional<AnswerProblem> answerProblem(Question q, Answer answer, DistanceUnit units) {
        if (answer instanceof Answer.Unknown) {
            return q.allowUnknown() ? Optional.empty()
                    : Optional.of(problem(q, "\"unknown\" is not accepted here; please give an answer"));
        }
        return switch (q.type()) {
            case YES_NO -> single(q, answer, List.of("yes", "no"));
            case SINGLE_CHOICE -> single(q, answer, q.choices().stream().map(Choice::id).toList());
            case MULTI_CHOICE -> many(q, answer);
            case NUMBER -> number(q, answer, units);
            case SCALE -> scale(q, answer);
        };
    }

    private Optional<AnswerProblem> single(Question q, Answer answer, List<String> offered) {
        if (!(answer instanceof Answer.Chosen chosen)) {
            return Optional.of(problem(q, "expects one of " + quoted(offered) + ", not " + describe(answer)));
        }
        return offered.contains(chosen.choice()) ? Optional.empty()
                : Optional.of(problem(q, "\"" + chosen.choice() + "\" is not one of " + quoted(offered)));
    }

    private Optional<AnswerProblem> many(Question q, Answer answer) {
        List<String> offered = q.choices().stream().map(Choice::id).toList();
        if (!(answer instanceof Answer.ChosenMany many)) {
            return Optional.of(problem(q, "expects a list of choices from " + quoted(offered) + ", not "
                    + describe(answer)));
        }
        List<String> wrong = many.choices().stream().filter(c -> !offered.contains(c)).distinct().toList();
        if (!wrong.isEmpty()) {
            return Optional.of(problem(q, quoted(wrong) + (wrong.size() == 1 ? " is" : " are")
                    + " not among " + quoted(offered)));
        }
        if (many.choices().stream().distinct().count() < many.choices().size()) {
            return Optional.of(problem(q, "lists the same choice twice"));
        }
        return Optional.empty();
    }

    private Optional<AnswerProblem> number(Question q, Answer answer, DistanceUnit units) {
        if (!(answer instanceof Answer.Number n)) {
            return Optional.of(problem(q, "expects a number, not " + describe(answer)));
        }
        NumberRange range = q.range().orElse(new NumberRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        boolean distance = q.unit() == Unit.DISTANCE;
        double value = distance ? units.toKm(n.value()) : n.value();
        if (Double.isFinite(value) && range.contains(value)) {
            return Optional.empty();
        }
        String shownRange = distance
                ? oneDecimalUp(units.fromKm(range.min())) + "–" + oneDecimalDown(units.fromKm(range.max()))
                + (units == DistanceUnit.KM ? " km" : " miles")
                : number(range.min()) + "–" + number(range.max());
        return Optional.of(problem(q, number(n.value()) + " is out of range " + shownRange));
    }

    private Optional<AnswerProblem> scale(Question q, Answer answer) {
        if (!(answer instanceof Answer.Number n)) {
            return Optional.of(problem(q, "expects a whole number from 0 to 10, not " + describe(answer)));
        }
        if (!SCALE.contains(n.value())) {
            return Optional.of(problem(q, number(n.value()) + " is out of range 0–10"));
        }
        return n.value() == Math.rint(n.value()) ? Optional.empty()
                : Optional.of(problem(q, number(n.value()) + " is not a whole number from 0 to 10"));
    }

    private static AnswerProblem problem(Question q, String message) {
        return new AnswerProblem(q.id(), message);
    }

    private static String describe(Answer answer) {
        if (answer instanceof Answer.Number n) {
            return "the number " + number(n.value());
        }
        if (answer instanceof Answer.Chosen c) {
            return "\"" + c.choice() + "\"";
        }
        if (answer instanceof Answer.ChosenMany m) {
            return "a list " + m.choices().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ", "[", "]"));
        }
        return "\"unknown\"";
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }

    /** Whole numbers without ".0"; others as typed (up to a few decimals). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String oneDecimalUp(double value) {
        return number(Math.ceil(value * 10 - 1e-9) / 10);
    }

    private static String oneDecimalDown(double value) {
        return number(Math.floor(value * 10 + 1e-9) / 10);
    }
}
