package org.calfcheck.engine;

/** How well the answers support a cause. Bands, not percentages: the evidence is not that precise. */
public enum Strength {
    STRONG,
    MODERATE,
    POSSIBLE
}
