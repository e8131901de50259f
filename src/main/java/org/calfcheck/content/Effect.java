package org.calfcheck.content;

/**
 * What a rule does when its condition holds. In JSON each effect has a {@code type}:
 * {@code evidence}, {@code redFlag}, {@code recommend} or {@code withhold}.
 * A {@code reason} may name facts in braces ("you ran {derived.weeklyIncreasePercent}% more"); the engine fills
 * in the runner's value. Nothing else in it is interpreted.
 */
public sealed interface Effect {

    /** Evidence for (positive weight) or against (negative weight) a cause. */
    record Evidence(String cause, int weight, String reason) implements Effect {
    }

    /** Raise a red flag. */
    record RaiseFlag(String redFlag, String reason) implements Effect {
    }

    /** Put an exercise, recovery step or piece of advice into the routine. */
    record Recommend(String item, String reason) implements Effect {
    }

    /** Keep an item out of the routine. */
    record Withhold(String item, String reason) implements Effect {
    }
}
