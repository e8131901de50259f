package org.calfcheck.engine.recovery;

/** What the plan says for one day. */
public enum Decision {
    /** Move on to the next stage today. */
    PROGRESS,
    /** Stay in the same stage today. */
    HOLD,
    /** Go back one stage today. */
    STEP_BACK,
    /** A warning sign: no plan until it is checked; see the care level. */
    PAUSED
}
