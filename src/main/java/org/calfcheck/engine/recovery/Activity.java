package org.calfcheck.engine.recovery;

import java.util.Locale;
import java.util.Optional;

/** What the runner did the day before a check-in. */
public enum Activity {
    REST("rest day"),
    WALK("walk"),
    WALK_RUN("walk-run"),
    RUN("run");

    private final String words;

    Activity(String words) {
        this.words = words;
    }

    /** "walk-run", for "yesterday's walk-run". */
    public String words() {
        return words;
    }

    /** The name used in files and on the command line: "rest", "walk", "walk_run", "run". */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Activity> fromJson(String name) {
        for (Activity a : values()) {
            if (a.jsonName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
