package org.calfcheck.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.engine.DistanceUnit;

/**
 * Reads the arguments of a plain {@code assess} without picocli. Building picocli's model takes about 100 ms of
 * CPU at start-up, as long as loading the content, and on two cores the two slow each other down; scripts that
 * assess many files pay it every time (docs/benchmarks.md, "Installed app"). Plain means: the known options, each
 * once and as {@code --option value}, and one answers file. Anything else — help, a typo, {@code --option=value},
 * a value that looks like an option — is left to picocli, which explains mistakes; {@code PlainAssessTest} checks
 * that whatever is read here, picocli reads the same way.
 *
 * @param contentFolder {@code --content DIR}
 * @param dataDir       {@code --data-dir DIR}
 * @param request       the rest
 */
record PlainAssess(Optional<Path> contentFolder, Optional<Path> dataDir, AssessRequest request) {

    /** The options that take a value; {@code --content} and {@code --data-dir} may also come before the command. */
    static final List<String> VALUED = List.of("--content", "--data-dir", "--format", "--out", "--name", "--paper",
            "--units", "--client");
    static final List<String> FLAGS = List.of("--force", "--save");

    /** The arguments, read; empty when they are not a plain {@code assess}. */
    static Optional<PlainAssess> read(String[] args) {
        Map<String, String> values = new java.util.HashMap<>();
        Set<String> flags = new HashSet<>();
        Optional<String> file = Optional.empty();
        boolean command = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean global = arg.equals("--content") || arg.equals("--data-dir");
            if (VALUED.contains(arg) && (command || global)) {
                if (i + 1 == args.length || args[i + 1].startsWith("-") || values.containsKey(arg)) {
                    return Optional.empty();
                }
                values.put(arg, args[++i]);
            } else if (FLAGS.contains(arg) && command) {
                if (!flags.add(arg)) {
                    return Optional.empty();
                }
            } else if (!command && arg.equals("assess")) {
                command = true;
            } else if (command && file.isEmpty() && (arg.equals("-") || !arg.startsWith("-"))) {
                file = Optional.of(arg);
            } else {
                return Optional.empty();
            }
        }
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<AssessCommand.Format> format = values.containsKey("--format")
                ? AssessCommand.Format.named(values.get("--format")) : Optional.of(AssessCommand.Format.TEXT);
        Optional<DistanceUnit> units = optional(values, "--units").flatMap(AssessCommand::unitsNamed);
        Optional<String> client = optional(values, "--client");
        if (format.isEmpty() || values.containsKey("--units") && units.isEmpty()
                || client.isPresent() && !client.get().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        try {
            AssessRequest request = new AssessRequest(file.get(), format.get(),
                    optional(values, "--out").map(Path::of), optional(values, "--name"),
                    optional(values, "--paper"), flags.contains("--force"), units, flags.contains("--save"),
                    client.map(Long::valueOf));
            return Optional.of(new PlainAssess(optional(values, "--content").map(Path::of),
                    optional(values, "--data-dir").map(Path::of), request));
        } catch (InvalidPathException e) {
            // picocli says which option's value is not a path
            return Optional.empty();
        }
    }

    private static Optional<String> optional(Map<String, String> values, String option) {
        return Optional.ofNullable(values.get(option));
    }
}
