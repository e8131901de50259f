package org.calfcheck.content;

import java.util.List;

/**
 * A test on a runner's answers, kept as data: a small typed tree, never a string to evaluate.
 * In JSON: {@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": {...}}}, or
 * {@code {"fact": "pain_now", "op": "atLeast", "value": 7}}.
 */
public sealed interface Condition {

    /** Every fact this condition looks at (question ids and {@code derived.*} names), in tree order, once each. */
    default java.util.Set<String> facts() {
        java.util.Set<String> facts = new java.util.LinkedHashSet<>();
        collectFacts(this, facts);
        return facts;
    }

    private static void collectFacts(Condition condition, java.util.Set<String> facts) {
        if (condition instanceof All all) {
            all.all().forEach(c -> collectFacts(c, facts));
        } else if (condition instanceof Any any) {
            any.any().forEach(c -> collectFacts(c, facts));
        } else if (condition instanceof Not not) {
            collectFacts(not.not(), facts);
        } else if (condition instanceof Compare compare) {
            facts.add(compare.fact());
        }
    }

    /**
     * Whether this is the same tree as {@code other}: what the records' {@code equals} says, written out because
     * the first call of a record's generated {@code equals} builds its method handles, which cost loading the
     * content some 30 ms on every start of the command line (docs/benchmarks.md, "Installed app").
     */
    default boolean sameAs(Condition other) {
        if (this instanceof All all && other instanceof All that) {
            return sameTrees(all.all(), that.all());
        }
        if (this instanceof Any any && other instanceof Any that) {
            return sameTrees(any.any(), that.any());
        }
        if (this instanceof Not not && other instanceof Not that) {
            return not.not().sameAs(that.not());
        }
        if (this instanceof Compare compare && other instanceof Compare that) {
            return compare.fact().equals(that.fact()) && compare.op() == that.op()
                    && compare.value().isPresent() == that.value().isPresent()
                    && compare.value().map(v -> sameOperand(v, that.value().get())).orElse(true);
        }
        return false;
    }

    private static boolean sameTrees(List<Condition> these, List<Condition> those) {
        if (these.size() != those.size()) {
            return false;
        }
        for (int i = 0; i < these.size(); i++) {
            if (!these.get(i).sameAs(those.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameOperand(Operand a, Operand b) {
        if (a instanceof NumberOperand x && b instanceof NumberOperand y) {
            return Double.compare(x.number(), y.number()) == 0;
        }
        return a instanceof ChoiceOperand x && b instanceof ChoiceOperand y && x.choices().equals(y.choices());
    }

    record All(List<Condition> all) implements Condition {
    }

    record Any(List<Condition> any) implements Condition {
    }

    record Not(Condition not) implements Condition {
    }

    /**
     * A comparison on one fact: a question id, or a derived fact named {@code derived.<name>}.
     * {@code value} is empty for the {@link Operator#UNKNOWN} and {@link Operator#ANSWERED} tests.
     */
    record Compare(String fact, Operator op, java.util.Optional<Operand> value) implements Condition {
    }

    /** The operators, with the names used in JSON. */
    enum Operator {
        EQUALS("equals"),
        NOT_EQUALS("notEquals"),
        LESS_THAN("lessThan"),
        AT_MOST("atMost"),
        GREATER_THAN("greaterThan"),
        AT_LEAST("atLeast"),
        /** The answer is one of a list of choice ids. */
        IN("in"),
        /** A multiple-choice answer includes every listed choice. */
        CONTAINS("contains"),
        /** A multiple-choice answer includes at least one listed choice. */
        CONTAINS_ANY("containsAny"),
        /** The runner said "don't know", or the question was not answered. */
        UNKNOWN("unknown"),
        /** The runner gave a real answer. */
        ANSWERED("answered");

        private final String jsonName;

        Operator(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        public static java.util.Optional<Operator> fromJson(String name) {
            for (Operator op : values()) {
                if (op.jsonName.equals(name)) {
                    return java.util.Optional.of(op);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** The right-hand side of a comparison. */
    sealed interface Operand {
    }

    /** A number, in the question's unit (kilometres for distances). */
    record NumberOperand(double number) implements Operand {
    }

    /** One or more choice ids ("yes", "no", or a choice question's option ids). */
    record ChoiceOperand(List<String> choices) implements Operand {
    }
}
