package org.calfcheck.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a target the mutator's inputs and collects every input that ends in anything but one of the target's
 * expected refusals. Crashing inputs are written to {@code target/fuzz-crashes/} so they can be replayed.
 */
public final class FuzzRun {

    /** One input through the target; an expected refusal is caught inside, anything thrown is a crash. */
    @FunctionalInterface
    public interface Target {
        void accept(byte[] input) throws Exception;
    }

    private FuzzRun() {
    }

    /** Runs {@code count} inputs and fails listing the first crashes; returns how many inputs ran. */
    public static int run(String name, Mutator mutator, int count, Target target) throws IOException {
        List<String> crashes = new ArrayList<>();
        Path folder = Path.of("target", "fuzz-crashes");
        for (int i = 0; i < count; i++) {
            byte[] input = mutator.next();
            try {
                target.accept(input);
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                Files.createDirectories(folder);
                Path saved = Files.write(folder.resolve(name + "-" + i + ".bin"), input);
                crashes.add(saved + ": " + e);
                if (crashes.size() >= 5) {
                    break;
                }
            }
        }
        if (!crashes.isEmpty()) {
            fail(name + ": " + crashes.size() + " crashing inputs\n" + String.join("\n", crashes));
        }
        return count;
    }
}
