package org.calfcheck.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.calfcheck.content.Condition;

/**
 * Facts given outright rather than read from the questionnaire (a recovery check-in's numbers and yes/no), tested
 * with the same three-valued evaluator as the rules. A name that is absent is unknown, never false.
 */
public record KnownFacts(Map<String, Answer> values) implements FactSource {

    public KnownFacts {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public Fact fact(String name) {
        Answer answer = values.get(name);
        return answer == null || answer instanceof Answer.Unknown ? Fact.NOT_KNOWN : new Fact.Known(answer);
    }

    public Truth test(Condition condition) {
        return new ConditionEvaluator(this).evaluate(condition);
    }
}
