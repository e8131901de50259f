package org.calfcheck.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a runner answered, by question id, plus the distance unit they answer in.
 * Immutable: {@link #with} and {@link #without} return new answers.
 */
public record Answers(DistanceUnit units, Map<String, Answer> values) {

    public Answers {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Answers empty(DistanceUnit units) {
        return new Answers(units, Map.of());
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(values.get(questionId));
    }

    public Answers with(String questionId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        copy.put(questionId, answer);
        return new Answers(units, copy);
    }

    public Answers without(String questionId) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        copy.remove(questionId);
        return new Answers(units, copy);
    }

    public Answers withUnits(DistanceUnit newUnits) {
        return new Answers(newUnits, values);
    }
}
