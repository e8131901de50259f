package org.calfcheck.engine;

/** Where a condition's facts come from: a runner's answers, or a recovery plan's check-ins. */
interface FactSource {

    /** The named fact; {@link Fact#NOT_KNOWN} for a name this source does not have. */
    Fact fact(String name);
}
