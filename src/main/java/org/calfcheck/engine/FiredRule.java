package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.content.Effect;
import org.calfcheck.content.Rule;

/**
 * A rule with the truth of its condition for one runner, and the effects that therefore apply:
 * safety effects (red flag, withhold) when TRUE or UNKNOWN, evidence and recommendations only when TRUE.
 *
 * @param applied the effects that apply, in the rule's order
 */
record FiredRule(Rule rule, Truth truth, List<Effect> applied) {

    static FiredRule of(Rule rule, Truth truth) {
        List<Effect> applied = new ArrayList<>(rule.effects().size());
        for (Effect effect : rule.effects()) {
            if (applies(effect, truth)) {
                applied.add(effect);
            }
        }
        return new FiredRule(rule, truth, List.copyOf(applied));
    }

    static boolean applies(Effect effect, Truth truth) {
        if (effect instanceof Effect.RaiseFlag || effect instanceof Effect.Withhold) {
            return truth.isPossible();
        }
        return truth == Truth.TRUE;
    }

    /** The applied effects of one kind, in the rule's order. */
    <T extends Effect> List<T> applied(Class<T> kind) {
        List<T> out = new ArrayList<>(2);
        for (Effect effect : applied) {
            if (kind.isInstance(effect)) {
                out.add(kind.cast(effect));
            }
        }
        return out;
    }

    /** True when the rule applies only because of a "don't know": its words must say so. */
    boolean unsure() {
        return truth == Truth.UNKNOWN;
    }

    static List<FiredRule> evaluate(List<Rule> rules, Facts facts) {
        ConditionEvaluator evaluator = new ConditionEvaluator(facts);
        List<FiredRule> fired = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            Truth truth = evaluator.evaluate(rule.when());
            if (truth != Truth.FALSE) {
                fired.add(of(rule, truth));
            }
        }
        return fired;
    }
}
