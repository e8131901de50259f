package org.calfcheck.engine;

import java.util.List;
import java.util.stream.Stream;
import org.calfcheck.content.Effect;
import org.calfcheck.content.Rule;

/**
 * A rule with the truth of its condition for one runner, and the effects that therefore apply:
 * safety effects (red flag, withhold) when TRUE or UNKNOWN, evidence and recommendations only when TRUE.
 */
record FiredRule(Rule rule, Truth truth) {

    boolean applies(Effect effect) {
        if (effect instanceof Effect.RaiseFlag || effect instanceof Effect.Withhold) {
            return truth.isPossible();
        }
        return truth == Truth.TRUE;
    }

    <T extends Effect> Stream<T> applied(Class<T> kind) {
        return rule.effects().stream().filter(kind::isInstance).filter(this::applies).map(kind::cast);
    }

    /** True when the rule applies only because of a "don't know": its words must say so. */
    boolean unsure() {
        return truth == Truth.UNKNOWN;
    }

    static List<FiredRule> evaluate(List<Rule> rules, Facts facts) {
        ConditionEvaluator evaluator = new ConditionEvaluator(facts);
        return rules.stream().map(r -> new FiredRule(r, evaluator.evaluate(r.when()))).toList();
    }
}
