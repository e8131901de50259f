package org.calfcheck.engine;

/**
 * What the engine knows about one fact (a question or a derived number) for one runner.
 * The kind decides how a comparison on it comes out; see {@link ConditionEvaluator}.
 */
sealed interface Fact {

    /** The question was not asked (its showWhen is false): comparisons on it are false. */
    record NotAsked() implements Fact {
    }

    /**
     * Whether the question is asked cannot be decided because an answer it depends on is "don't know", or the
     * answer is still to come (answers so far). Every comparison on it is unknown, so a "don't know" upstream never
     * hides a warning sign downstream, and an answer not yet given never makes a result certain.
     */
    record Undecided() implements Fact {
    }

    /** Asked, but answered "don't know" or left unanswered: comparisons are unknown. */
    record NotKnown() implements Fact {
    }

    /** A real answer; numbers are in kilometres for distances. */
    record Known(Answer answer) implements Fact {
    }

    Fact NOT_ASKED = new NotAsked();
    Fact UNDECIDED = new Undecided();
    Fact NOT_KNOWN = new NotKnown();
}
