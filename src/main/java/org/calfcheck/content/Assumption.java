package org.calfcheck.content;

/**
 * What a routine item takes for granted about the runner. The engine uses it so that a routine never contradicts
 * a warning: an item that assumes the runner keeps running never appears once a flag says to stop.
 */
public enum Assumption {
    /** Safe at any care level short of an emergency, unless a raised flag withholds it (ice, raising the leg). */
    NOTHING,
    /** Belongs to running on: before or after runs, loading the calf, planning training, returning to running. */
    KEEPS_RUNNING,
    /** Only for a runner told to stop and be seen: what to do until a professional has checked the leg. */
    WAITING_TO_BE_SEEN
}
