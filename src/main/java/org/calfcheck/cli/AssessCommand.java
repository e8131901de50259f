package org.calfcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.calfcheck.content.ContentException;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersFormatException;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code assess FILE}: reads an answers file (or standard input for {@code -}), checks it against the
 * questionnaire and prints the assessment. Bad answers: every problem on stderr, exit 2.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess an answers file: care level, warning signs, likely causes and a routine.",
                "Exit code 0 on success, 2 for bad answers or content, 1 for an unexpected failure."})
final class AssessCommand implements Callable<Integer> {

    /** How the assessment is written; add a format here and render it in {@link #write}. */
    enum Format {
        TEXT,
        JSON;

        static final class Converter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                try {
                    return Format.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new TypeConversionException("expected text or json, not '" + value + "'");
                }
            }
        }
    }

    static final class UnitsConverter implements ITypeConverter<DistanceUnit> {
        @Override
        public DistanceUnit convert(String value) {
            return switch (value) {
                case "km" -> DistanceUnit.KM;
                case "mi" -> DistanceUnit.MI;
                default -> throw new TypeConversionException("expected km or mi, not '" + value + "'");
            };
        }
    }

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The answers file (JSON, see docs/answers-format.md); - reads"
            + " standard input.")
    private String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "text (default) or json (see docs/cli.md).")
    private Format format;

    @Option(names = "--units", paramLabel = "UNITS", converter = UnitsConverter.class,
            description = "Show distances in km or mi (default: the answers' units).")
    private DistanceUnit units;

    @Override
    public Integer call() throws ContentException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        Answers answers;
        try {
            answers = AnswersJson.parse(read());
        } catch (NoSuchFileException e) {
            return badInput(err, List.of("no such file"));
        } catch (CharacterCodingException e) {
            return badInput(err, List.of("is not UTF-8 text"));
        } catch (IOException e) {
            return badInput(err, List.of("cannot be read: " + e.getMessage()));
        } catch (AnswersFormatException e) {
            return badInput(err, e.problems());
        }
        Engine engine = new Engine(main.contentSource().load());
        List<AnswerProblem> problems = engine.check(answers);
        if (!problems.isEmpty()) {
            return badInput(err, problems.stream().map(AnswerProblem::toString).toList());
        }
        Assessment assessment = engine.assess(answers, units == null ? answers.units() : units);
        write(assessment, spec.commandLine().getOut());
        return Main.EXIT_OK;
    }

    /** The one place output is written. */
    private void write(Assessment assessment, PrintWriter out) {
        out.print(switch (format) {
            case TEXT -> AssessmentText.write(assessment);
            case JSON -> AssessmentJson.write(assessment);
        });
        out.flush();
    }

    private String read() throws IOException {
        if (file.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    private int badInput(PrintWriter err, List<String> problems) {
        String name = file.equals("-") ? "stdin" : file;
        problems.forEach(p -> err.println(name + ": " + p));
        err.flush();
        return Main.EXIT_BAD_INPUT;
    }
}
