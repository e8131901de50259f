package org.calfcheck.ui.coach;

import java.nio.file.Path;
import java.util.List;
import org.calfcheck.ui.CompletedCheck;

/** Reads a check a runner sent (an answers file) and assesses it; the app uses {@link EngineCheckReader}. */
@FunctionalInterface
public interface CheckReader {

    CompletedCheck read(Path answersFile) throws Unreadable;

    /** The file cannot be used: every problem found, each naming the field. */
    final class Unreadable extends Exception {
        private final List<String> problems;

        public Unreadable(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Where no engine is wired: says so instead of doing nothing. */
    CheckReader UNAVAILABLE = file -> {
        throw new Unreadable(List.of("taking in a runner's check is not available in this build"));
    };
}
