package org.calfcheck.engine;

import java.util.List;
import java.util.Set;
import org.calfcheck.content.Condition;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.NumberOperand;
import org.calfcheck.content.Condition.Operand;
import org.calfcheck.content.Condition.Operator;

/**
 * Evaluates a condition tree against one runner's facts with Kleene's three-valued logic.
 * A comparison on a question that was not asked is FALSE; on "don't know", a missing answer, or an answer of a
 * type the comparison cannot use, it is UNKNOWN.
 */
final class ConditionEvaluator {

    /** Numbers closer than this are equal: answers are typed by people, not computed. */
    private static final double EPSILON = 1e-9;

    private final FactSource facts;

    ConditionEvaluator(FactSource facts) {
        this.facts = facts;
    }

    Truth evaluate(Condition condition) {
        if (condition instanceof Condition.All all) {
            return all(all.all());
        }
        if (condition instanceof Condition.Any any) {
            return any(any.any());
        }
        if (condition instanceof Condition.Not not) {
            return evaluate(not.not()).not();
        }
        return compare((Compare) condition);
    }

    private Truth all(List<Condition> conditions) {
        Truth result = Truth.TRUE;
        for (Condition c : conditions) {
            result = result.and(evaluate(c));
            if (result == Truth.FALSE) {
                return result;
            }
        }
        return result;
    }

    private Truth any(List<Condition> conditions) {
        Truth result = Truth.FALSE;
        for (Condition c : conditions) {
            result = result.or(evaluate(c));
            if (result == Truth.TRUE) {
                return result;
            }
        }
        return result;
    }

    private Truth compare(Compare compare) {
        Fact fact = facts.fact(compare.fact());
        Operator op = compare.op();
        if (fact instanceof Fact.NotAsked) {
            return Truth.FALSE;
        }
        if (fact instanceof Fact.Undecided) {
            return Truth.UNKNOWN;
        }
        if (fact instanceof Fact.Known known) {
            return op == Operator.UNKNOWN ? Truth.FALSE
                    : op == Operator.ANSWERED ? Truth.TRUE
                    : compare.value().map(v -> compareKnown(known.answer(), op, v)).orElse(Truth.UNKNOWN);
        }
        return op == Operator.UNKNOWN ? Truth.TRUE : op == Operator.ANSWERED ? Truth.FALSE : Truth.UNKNOWN;
    }

    private static Truth compareKnown(Answer answer, Operator op, Operand operand) {
        if (answer instanceof Answer.Number number && operand instanceof NumberOperand n) {
            return compareNumbers(number.value(), op, n.number());
        }
        if (operand instanceof ChoiceOperand c) {
            if (answer instanceof Answer.Chosen chosen) {
                return compareChoices(List.of(chosen.choice()), op, c.choices(), true);
            }
            if (answer instanceof Answer.ChosenMany many) {
                return compareChoices(many.choices(), op, c.choices(), false);
            }
        }
        // A number against a choice or the other way round: the engine cannot tell, so it does not reassure.
        return Truth.UNKNOWN;
    }

    private static Truth compareNumbers(double value, Operator op, double limit) {
        return switch (op) {
            case EQUALS -> Truth.of(Math.abs(value - limit) < EPSILON);
            case NOT_EQUALS -> Truth.of(Math.abs(value - limit) >= EPSILON);
            case LESS_THAN -> Truth.of(value < limit - EPSILON);
            case AT_MOST -> Truth.of(value <= limit + EPSILON);
            case GREATER_THAN -> Truth.of(value > limit + EPSILON);
            case AT_LEAST -> Truth.of(value >= limit - EPSILON);
            case IN, CONTAINS, CONTAINS_ANY, UNKNOWN, ANSWERED -> Truth.UNKNOWN;
        };
    }

    /**
     * Choices: {@code equals} means "exactly these" (one choice for a single answer), {@code in} and
     * {@code containsAny} mean "at least one of these", {@code contains} means "all of these".
     */
    private static Truth compareChoices(List<String> picked, Operator op, List<String> wanted, boolean single) {
        boolean equal = single ? wanted.containsAll(picked) : Set.copyOf(picked).equals(Set.copyOf(wanted));
        return switch (op) {
            case EQUALS -> Truth.of(equal);
            case NOT_EQUALS -> Truth.of(!equal);
            case IN, CONTAINS_ANY -> Truth.of(picked.stream().anyMatch(wanted::contains));
            case CONTAINS -> Truth.of(picked.containsAll(wanted));
            case LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST -> Truth.UNKNOWN;
            case UNKNOWN, ANSWERED -> Truth.UNKNOWN;
        };
    }
}
