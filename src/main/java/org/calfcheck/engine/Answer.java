package org.calfcheck.engine;

import java.util.List;
import java.util.Set;

/** A runner's answer to one question. In an answers file: a string, a number, a list, or "unknown". */
public sealed interface Answer {

    /** A single choice id; yes/no questions use "yes" and "no". */
    record Chosen(String choice) implements Answer {
    }

    /** The choice ids picked in a multiple-choice question, in the questionnaire's order. */
    record ChosenMany(List<String> choices) implements Answer {
        public ChosenMany {
            choices = List.copyOf(choices);
        }

        public Set<String> asSet() {
            return Set.copyOf(choices);
        }
    }

    /** A number in the question's unit; distances in the unit of the whole {@link Answers}. */
    record Number(double value) implements Answer {
    }

    /** "Don't know". Treated as possibly serious, never as reassurance. */
    record Unknown() implements Answer {
    }
}
