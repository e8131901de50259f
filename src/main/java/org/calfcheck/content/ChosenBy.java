package org.calfcheck.content;

/** What is enough to put a routine item in a runner's routine. */
public enum ChosenBy {
    /** A likely cause the item helps with (listed in the cause's {@code helpedBy}), or a recommendation. */
    CAUSE,
    /**
     * Only a {@code recommend} rule that holds for this runner: tips that fit some runners of a cause and not
     * others (stability shoes only with signs of feet rolling in). With no such rule the item is never chosen.
     */
    RULE
}
