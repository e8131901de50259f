package org.calfcheck.content;

/** How soon a runner should get help, least urgent first so that {@code compareTo} orders by severity. */
public enum CareLevel {
    /** Look after it yourself with the routine. */
    SELF_CARE,
    /** Book a doctor or physio in the coming days. */
    SOON,
    /** See a doctor today. */
    URGENT,
    /** Call emergency services now. */
    EMERGENCY;

    public boolean isAtLeast(CareLevel other) {
        return compareTo(other) >= 0;
    }

    public static CareLevel max(CareLevel a, CareLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
