package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A plain {@code assess} read without picocli ({@link PlainAssess}) means exactly what picocli makes of the same
 * arguments, and runs to the same output; whatever it does not read is left to picocli.
 */
class PlainAssessTest {

    @TempDir
    Path dir;

    /** What picocli reads from these arguments: the request and the two top-level folders; empty if it refuses them. */
    private static Optional<PlainAssess> picocli(String... args) {
        CommandLine cli = Main.commandLineFor(args);
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (ParameterException e) {
            return Optional.empty();
        }
        if (!parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()
                || parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested()) {
            return Optional.empty();
        }
        Main main = (Main) cli.getCommand();
        AssessCommand assess = (AssessCommand) parsed.subcommand().commandSpec().userObject();
        return Optional.of(new PlainAssess(main.contentSource().folder(), Optional.ofNullable(main.dataDir.dataDir),
                assess.request()));
    }

    private static void sameAsPicocli(String... args) {
        Optional<PlainAssess> plain = PlainAssess.read(args);
        if (plain.isPresent()) {
            assertEquals(picocli(args), plain, "read differently from picocli: " + List.of(args));
        }
    }

    @Test
    void theUsualCommandsAreReadWithoutPicocliAsPicocliReadsThem() {
        List<String[]> usual = List.of(
                new String[] {"assess", "a.json"},
                new String[] {"assess", "-"},
                new String[] {"assess", "a.json", "--format", "json"},
                new String[] {"assess", "a.json", "--format", "JSON", "--units", "mi"},
                new String[] {"assess", "--format", "pdf", "--out", "s.pdf", "--name", "Sam", "--paper", "letter",
                        "--force", "a.json"},
                new String[] {"assess", "a.json", "--save", "--client", "12"},
                new String[] {"--data-dir", "d", "assess", "a.json", "--save"},
                new String[] {"--content", "c", "assess", "a.json"},
                new String[] {"assess", "a.json", "--content", "c", "--data-dir", "d"});
        for (String[] args : usual) {
            assertTrue(PlainAssess.read(args).isPresent(), "not read: " + List.of(args));
            sameAsPicocli(args);
        }
    }

    @Test
    void anythingUnusualIsLeftToPicocli() {
        List<String[]> unusual = List.of(
                new String[] {"assess"},
                new String[] {"assess", "a.json", "b.json"},
                new String[] {"assess", "a.json", "--help"},
                new String[] {"--help", "assess", "a.json"},
                new String[] {"assess", "-h"},
                new String[] {"--version"},
                new String[] {"assess", "a.json", "--format=json"},
                new String[] {"assess", "a.json", "--format", "yaml"},
                new String[] {"assess", "a.json", "--format", "json", "--format", "text"},
                new String[] {"assess", "a.json", "--units", "furlongs"},
                new String[] {"assess", "a.json", "--client", "-3", "--save"},
                new String[] {"assess", "a.json", "--client", "twelve", "--save"},
                new String[] {"assess", "a.json", "--force", "--force"},
                new String[] {"assess", "a.json", "--out"},
                new String[] {"assess", "a.json", "--out", "--force"},
                new String[] {"assess", "a.json", "--verbose"},
                new String[] {"assess", "--", "a.json"},
                new String[] {"assess", "a.json", "--out", "bad\0path"},
                new String[] {"--format", "json", "assess", "a.json"},
                new String[] {"client", "list"},
                new String[] {"a.json", "assess"},
                new String[] {});
        for (String[] args : unusual) {
            assertFalse(PlainAssess.read(args).isPresent(), "should be left to picocli: " + List.of(args));
        }
    }

    /** Many mixes of the options, right and wrong: whatever is read here is read the same by picocli. */
    @Test
    void randomMixesAreNeverReadDifferently() {
        List<String> tokens = List.of("assess", "assess", "a.json", "-", "--format", "json", "pdf", "Text", "xml",
                "--out", "s.pdf", "--name", "Sam", "--paper", "a4", "--force", "--units", "km", "mi", "--save",
                "--client", "7", "007", "--content", "c", "--data-dir", "d", "-x", "--help", "");
        Random random = new Random(20261205);
        int read = 0;
        for (int run = 0; run < 3000; run++) {
            String[] args = new String[1 + random.nextInt(9)];
            for (int i = 0; i < args.length; i++) {
                args[i] = tokens.get(random.nextInt(tokens.size()));
            }
            if (random.nextBoolean()) {
                args[0] = "assess";
            }
            sameAsPicocli(args);
            read += PlainAssess.read(args).isPresent() ? 1 : 0;
        }
        assertTrue(read > 50, "too few mixes were plain enough to compare: " + read);
    }

    /** An option added to assess is left to picocli until it is read here too; this says which it is. */
    @Test
    void knowsEveryOptionOfAssessExceptHelp() {
        CommandLine cli = Main.commandLineFor("assess", "a.json");
        Set<String> options = cli.getSubcommands().get("assess").getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp())
                .map(OptionSpec::longestName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(PlainAssess.VALUED);
        known.addAll(PlainAssess.FLAGS);
        assertEquals(options, known);
    }

    private record Outcome(int exit, String out, String err) {

        static Outcome of(CommandRun run, int exit) {
            return new Outcome(exit, run.out(), run.err());
        }
    }

    @Test
    void bothWaysRunToTheSameExitCodeAndOutput() throws IOException {
        Path answers = Files.writeString(dir.resolve("answers.json"),
                AssessCommandTest.vignetteAnswers("urgent-clot-swollen-warm-no-risk-factor.json"));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"answers\": {\"pain_now\": true}}");
        Path content = Files.createDirectories(dir.resolve("empty-content"));
        List<String[]> cases = new ArrayList<>(List.of(
                new String[] {"assess", answers.toString()},
                new String[] {"assess", answers.toString(), "--format", "json", "--units", "mi"},
                new String[] {"assess", broken.toString()},
                new String[] {"assess", dir.resolve("missing.json").toString()},
                new String[] {"assess", answers.toString(), "--client", "3"},
                new String[] {"assess", answers.toString(), "--format", "pdf"},
                new String[] {"--content", content.toString(), "assess", answers.toString()},
                new String[] {"assess", answers.toString(), "--save", "--data-dir", dir.resolve("db").toString()}));
        for (String[] args : cases) {
            assertTrue(PlainAssess.read(args).isPresent(), List.of(args).toString());
            CommandRun run = new CommandRun();
            Outcome picocli = Outcome.of(run, run.runThroughPicocli(args));
            Outcome plain = Outcome.of(run, run.run(args));
            // a second save is the next assessment in the same database: its number differs, nothing else
            assertEquals(picocli.exit(), plain.exit(), List.of(args).toString());
            assertEquals(picocli.out(), plain.out(), List.of(args).toString());
            assertEquals(picocli.err().replaceAll("assessment \\d+", "assessment N"),
                    plain.err().replaceAll("assessment \\d+", "assessment N"), List.of(args).toString());
        }
    }
}
