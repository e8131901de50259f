package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.calfcheck.content.Condition.All;
import org.calfcheck.content.Condition.Any;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.Not;
import org.calfcheck.content.Condition.NumberOperand;
import org.calfcheck.content.Condition.Operator;
import org.junit.jupiter.api.Test;

/** {@link Condition#sameAs} says exactly what the records' {@code equals} says, on trees that differ by one part. */
class ConditionSameAsTest {

    private static Compare yes(String fact) {
        return new Compare(fact, Operator.EQUALS, Optional.of(new ChoiceOperand(List.of("yes"))));
    }

    private static final List<Condition> TREES = List.of(
            yes("swollen"),
            yes("hot"),
            new Compare("swollen", Operator.NOT_EQUALS, Optional.of(new ChoiceOperand(List.of("yes")))),
            new Compare("swollen", Operator.EQUALS, Optional.of(new ChoiceOperand(List.of("no")))),
            new Compare("swollen", Operator.EQUALS, Optional.of(new ChoiceOperand(List.of("yes", "no")))),
            new Compare("swollen", Operator.UNKNOWN, Optional.empty()),
            new Compare("swollen", Operator.ANSWERED, Optional.empty()),
            new Compare("pain_now", Operator.AT_LEAST, Optional.of(new NumberOperand(7))),
            new Compare("pain_now", Operator.AT_LEAST, Optional.of(new NumberOperand(7.5))),
            new Compare("pain_now", Operator.AT_LEAST, Optional.of(new NumberOperand(-0.0))),
            new Compare("pain_now", Operator.AT_LEAST, Optional.of(new NumberOperand(0.0))),
            new All(List.of(yes("swollen"), yes("hot"))),
            new All(List.of(yes("hot"), yes("swollen"))),
            new All(List.of(yes("swollen"))),
            new All(List.of()),
            new Any(List.of(yes("swollen"), yes("hot"))),
            new Any(List.of()),
            new Not(yes("swollen")),
            new Not(yes("hot")),
            new All(List.of(new Any(List.of(yes("swollen"), new Not(yes("hot")))), yes("calf"))),
            new All(List.of(new Any(List.of(yes("swollen"), new Not(yes("cold")))), yes("calf"))));

    @Test
    void agreesWithEqualsOnEveryPair() {
        for (Condition a : TREES) {
            for (Condition b : TREES) {
                assertEquals(a.equals(b), a.sameAs(b), a + " against " + b);
            }
        }
    }

    @Test
    void aTreeBuiltTwiceIsTheSame() {
        Condition first = new All(List.of(new Any(List.of(yes("swollen"), new Not(yes("hot")))), yes("calf")));
        Condition second = new All(List.of(new Any(List.of(yes("swollen"), new Not(yes("hot")))), yes("calf")));
        assertTrue(first.sameAs(second));
    }
}
