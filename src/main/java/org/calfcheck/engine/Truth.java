package org.calfcheck.engine;

/**
 * Three-valued truth for conditions (Kleene's strong logic): UNKNOWN stands for "don't know" or "not answered"
 * and stays UNKNOWN unless the other side decides the result on its own.
 */
public enum Truth {
    FALSE,
    UNKNOWN,
    TRUE;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** True or unknown: what a safety effect (red flag, withhold) needs, since "don't know" is no reassurance. */
    public boolean isPossible() {
        return this != FALSE;
    }
}
