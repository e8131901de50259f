package org.calfcheck.content;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.NumberOperand;
import org.calfcheck.content.Condition.Operand;
import org.calfcheck.content.Condition.Operator;
import org.calfcheck.content.JsonTreeReader.Need;

/**
 * Maps a condition object ({@code all}, {@code any}, {@code not} or a comparison) onto the sealed
 * {@link Condition} tree. Whether a fact exists and fits its question is checked later, by the validator.
 */
final class ConditionMapper {

    /** Stand-in for a condition that could not be read: always true, so it causes no further problems. */
    private static final Condition STAND_IN = new Condition.All(List.of());

    static final Set<Operator> NUMBER_OPS =
            EnumSet.of(Operator.LESS_THAN, Operator.AT_MOST, Operator.GREATER_THAN, Operator.AT_LEAST);
    static final Set<Operator> CHOICE_OPS = EnumSet.of(Operator.IN, Operator.CONTAINS, Operator.CONTAINS_ANY);
    static final Set<Operator> NO_VALUE_OPS = EnumSet.of(Operator.UNKNOWN, Operator.ANSWERED);

    private ConditionMapper() {
    }

    static Optional<Condition> read(JsonTreeReader owner, String field, boolean required) {
        return owner.object(field, required).map(ConditionMapper::condition);
    }

    static Condition condition(JsonTreeReader c) {
        if (c.has("all")) {
            c.allowFields("all");
            return new Condition.All(c.objects("all", Need.PRESENT, ConditionMapper::condition));
        }
        if (c.has("any")) {
            c.allowFields("any");
            return new Condition.Any(c.objects("any", Need.PRESENT, ConditionMapper::condition));
        }
        if (c.has("not")) {
            c.allowFields("not");
            return new Condition.Not(read(c, "not", true).orElse(STAND_IN));
        }
        if (c.has("fact") || c.has("op")) {
            return compare(c);
        }
        c.problem("is not a condition: expected {\"all\": […]}, {\"any\": […]}, {\"not\": {…}}"
                + " or {\"fact\": …, \"op\": …, \"value\": …}");
        return STAND_IN;
    }

    private static Condition compare(JsonTreeReader c) {
        c.allowFields("fact", "op", "value");
        String fact = c.text("fact");
        Optional<Operator> op = operator(c);
        Optional<Operand> value = c.value("value").flatMap(ConditionMapper::operand);
        op.ifPresent(o -> checkValueShape(c, o, value));
        // an unreadable operator becomes "answered" without a value: nothing later can trip over it
        return new Compare(fact, op.orElse(Operator.ANSWERED), op.isPresent() ? value : Optional.empty());
    }

    private static Optional<Operator> operator(JsonTreeReader c) {
        if (!c.has("op")) {
            c.problemAt("op", "missing required field \"op\"");
            return Optional.empty();
        }
        String name = c.text("op");
        Optional<Operator> op = Operator.fromJson(name);
        if (op.isEmpty() && !name.isEmpty()) {
            List<String> known = List.of(Operator.values()).stream().map(Operator::jsonName).toList();
            c.problemAt("op", "unknown operator \"" + name + "\" (expected one of " + String.join(", ", known) + ")");
        }
        return op;
    }

    private static void checkValueShape(JsonTreeReader c, Operator op, Optional<Operand> value) {
        if (NO_VALUE_OPS.contains(op)) {
            if (c.has("value")) {
                c.problemAt("value", "the \"" + op.jsonName() + "\" test takes no value");
            }
            return;
        }
        if (!c.has("value")) {
            c.problemAt("value", "missing required field \"value\" (the \"" + op.jsonName() + "\" test needs one)");
            return;
        }
        if (NUMBER_OPS.contains(op) && value.isPresent() && !(value.get() instanceof NumberOperand)) {
            c.problemAt("value", "\"" + op.jsonName() + "\" compares numbers: the value must be a number");
        }
        if (CHOICE_OPS.contains(op) && value.isPresent() && !(value.get() instanceof ChoiceOperand)) {
            c.problemAt("value", "\"" + op.jsonName() + "\" needs a choice id or a list of choice ids");
        }
    }

    private static Optional<Operand> operand(JsonTreeReader value) {
        if (value.node().isNumber()) {
            if (!Double.isFinite(value.node().doubleValue())) {
                value.problem("must be a finite number; " + value.node().asText() + " is too large to use");
                return Optional.empty();
            }
            return Optional.of(new NumberOperand(value.node().doubleValue()));
        }
        if (value.node().isTextual()) {
            String choice = value.textValue();
            return choice.isEmpty() ? Optional.empty() : Optional.of(new ChoiceOperand(List.of(choice)));
        }
        if (value.node().isArray()) {
            if (value.node().isEmpty()) {
                value.problem("must list at least one choice id");
                return Optional.empty();
            }
            List<String> choices = value.elements().stream().map(JsonTreeReader::textValue).toList();
            return Optional.of(new ChoiceOperand(choices));
        }
        value.problem("must be a number, a choice id or a list of choice ids, not "
                + JsonTreeReader.describe(value.node()));
        return Optional.empty();
    }
}
