package org.calfcheck.engine.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.calfcheck.content.Condition;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.NumberOperand;
import org.calfcheck.content.PlanFact;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.KnownFacts;
import org.calfcheck.engine.Truth;

/**
 * Puts a stage's criteria into words for a day's reason: which move-on tests are not met yet, or which step-back
 * test was. Only the top level of a criterion is spelled out; a nested group is named by its parts.
 */
final class CriteriaText {

    private static final Map<PlanFact, String> LABELS = Map.ofEntries(
            Map.entry(PlanFact.PAIN_DURING, "pain during activity"),
            Map.entry(PlanFact.PAIN_AFTER, "pain after activity"),
            Map.entry(PlanFact.PAIN_MORNING, "pain this morning"),
            Map.entry(PlanFact.STIFFNESS_MORNING, "stiffness this morning"),
            Map.entry(PlanFact.HEEL_RAISES_SORE, "heel raises on the sore side"),
            Map.entry(PlanFact.HEEL_RAISES_OTHER, "heel raises on the other side"),
            Map.entry(PlanFact.HOPS_PAIN_FREE, "pain-free hops"),
            Map.entry(PlanFact.MINUTES, "minutes of activity"),
            Map.entry(PlanFact.DAYS_IN_STAGE, "days done in this stage"),
            Map.entry(PlanFact.PAIN_SETTLED, "pain settled by the morning"),
            Map.entry(PlanFact.PAIN_RISING, "pain rising"),
            Map.entry(PlanFact.HEEL_RAISE_PERCENT, "sore-side heel raises as % of the other side"),
            Map.entry(PlanFact.GOOD_DAYS_IN_ROW, "good days in a row"));

    private CriteriaText() {
    }

    /** The tests of a move-on criterion that are not met, e.g. "days done in this stage 1 (needs at least 2)". */
    static List<String> unmet(Condition moveOn, KnownFacts facts) {
        return parts(moveOn, facts, false);
    }

    /** The tests of a step-back criterion that are met. */
    static List<String> met(Condition stepBack, KnownFacts facts) {
        return parts(stepBack, facts, true);
    }

    /**
     * Every top-level test of a criterion as a rule, without today's values: "pain during activity: at most 3",
     * for a week ahead.
     */
    static List<String> rules(Condition condition) {
        List<Condition> children = condition instanceof Condition.All all ? all.all()
                : condition instanceof Condition.Any any ? any.any() : List.of(condition);
        return children.stream().map(child -> child instanceof Compare compare
                ? label(compare) + ": " + needs(compare).replaceFirst("^needs ", "")
                : "a combined test").toList();
    }

    /** The least number of days in the stage a move-on criterion asks for, when it asks for one at the top. */
    static int minimumDays(Condition moveOn) {
        List<Condition> children = moveOn instanceof Condition.All all ? all.all() : List.of(moveOn);
        int days = 0;
        for (Condition child : children) {
            if (child instanceof Compare c && c.op() == Condition.Operator.AT_LEAST
                    && PlanFact.fromFactName(c.fact()).filter(f -> f == PlanFact.DAYS_IN_STAGE).isPresent()
                    && c.value().filter(NumberOperand.class::isInstance).isPresent()) {
                days = Math.max(days, (int) Math.ceil(((NumberOperand) c.value().get()).number()));
            }
        }
        return days;
    }

    private static String label(Compare compare) {
        return PlanFact.fromFactName(compare.fact()).map(LABELS::get).orElse(compare.fact());
    }

    private static List<String> parts(Condition condition, KnownFacts facts, boolean wantTrue) {
        List<Condition> children = condition instanceof Condition.All all ? all.all()
                : condition instanceof Condition.Any any ? any.any() : List.of(condition);
        List<String> words = new ArrayList<>();
        for (Condition child : children) {
            boolean isTrue = facts.test(child) == Truth.TRUE;
            if (isTrue == wantTrue) {
                words.add(describe(child, facts));
            }
        }
        return words;
    }

    private static String describe(Condition condition, KnownFacts facts) {
        if (!(condition instanceof Compare compare)) {
            return "a combined test";
        }
        String label = label(compare);
        Answer now = facts.values().get(compare.fact());
        String value = now == null ? "not recorded" : shown(now);
        return label + " " + value + " (" + needs(compare) + ")";
    }

    private static String needs(Compare compare) {
        String limit = compare.value().map(v -> v instanceof NumberOperand n ? number(n.number())
                : String.join(" or ", ((ChoiceOperand) v).choices())).orElse("");
        return switch (compare.op()) {
            case AT_LEAST -> "needs at least " + limit;
            case AT_MOST -> "needs at most " + limit;
            case GREATER_THAN -> "needs more than " + limit;
            case LESS_THAN -> "needs less than " + limit;
            case NOT_EQUALS -> "needs anything but " + limit;
            case ANSWERED -> "needs an answer";
            case UNKNOWN -> "needs no answer";
            default -> "needs " + limit;
        };
    }

    private static String shown(Answer answer) {
        if (answer instanceof Answer.Number n) {
            return number(n.value());
        }
        return answer instanceof Answer.Chosen c ? c.choice() : "unknown";
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.0f", value);
    }
}
