package org.calfcheck.content;

/** Where an exercise sits in a runner's day. */
public enum ExerciseKind {
    /** Before a run. */
    WARM_UP,
    /** After a run. */
    STRETCH,
    /** On its own, to build the calf's capacity. */
    STRENGTH
}
