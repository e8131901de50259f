package org.calfcheck.report.figure;

/** What a stroke depicts, so each renderer can give it the same weight and colour. */
public enum StrokeRole {
    /** The person: black, full weight. */
    BODY,
    /** A wall, towel, step or chair: grey, a little lighter. */
    PROP,
    /** The floor: a thin grey line. */
    GROUND,
    /** The one arrow that shows the movement: accent colour with a solid head, still clear in black and white. */
    ACCENT
}
