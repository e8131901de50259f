package org.calfcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.calfcheck.content.ContentException;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersFormatException;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.Engine;
import org.calfcheck.platform.CappedText;
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
 * questionnaire and prints the assessment. Answers that stop early, because they already make an emergency
 * certain ({@link Engine#decided}), need not answer the rest. Bad answers: every problem on stderr, exit 2.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess an answers file: care level, warning signs, likely causes and a routine.",
                "Exit code 0 on success, 2 for bad answers or content, 1 for an unexpected failure."})
final class AssessCommand implements Callable<Integer> {

    /** How the assessment is written; add a format here and render it in {@link #write}. */
    enum Format {
        TEXT,
        JSON,
        /** The routine sheet, written to {@code --out} (see {@link SheetOutput}). */
        PDF;

        static final class Converter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                try {
                    return Format.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new TypeConversionException("expected text, json or pdf, not '" + value + "'");
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
            description = "text (default), json, or pdf (the routine sheet; needs --out).")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where --format pdf writes the sheet.")
    private Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "The runner's name for the sheet's header.")
    private String name;

    @Option(names = "--paper", paramLabel = "PAPER", description = "a4 or letter (default: by the system locale).")
    private String paper;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    private boolean force;

    @Option(names = "--units", paramLabel = "UNITS", converter = UnitsConverter.class,
            description = "Show distances in km or mi (default: the answers' units).")
    private DistanceUnit units;

    @picocli.CommandLine.Mixin
    private SaveToClientOptions saving = new SaveToClientOptions();

    @Override
    public Integer call() throws ContentException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        SheetOutput sheet = new SheetOutput(out, name, paper, force);
        List<String> sheetProblems = sheet.problems(format == Format.PDF);
        if (!sheetProblems.isEmpty()) {
            sheetProblems.forEach(err::println);
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        if (saving.isMisused()) {
            err.println("--client only makes sense with --save: add --save to keep this assessment.");
            return Main.EXIT_BAD_INPUT;
        }
        Answers answers;
        try {
            answers = AnswersJson.parse(read());
        } catch (NoSuchFileException e) {
            return badInput(err, List.of("no such file"));
        } catch (CharacterCodingException e) {
            return badInput(err, List.of("is not UTF-8 text"));
        } catch (CappedText.TooLarge e) {
            return badInput(err, List.of(e.getMessage()));
        } catch (IOException e) {
            return badInput(err, List.of("cannot be read: " + e.getMessage()));
        } catch (AnswersFormatException e) {
            return badInput(err, withQuestionnaireProblems(e));
        }
        Engine engine = new Engine(main.contentSource().load());
        DistanceUnit shownIn = units == null ? answers.units() : units;
        List<AnswerProblem> problems = engine.check(answers);
        // answers that stop early (an emergency already certain) need not answer the rest, only be valid
        Optional<Assessment> decided = problems.isEmpty() ? Optional.empty() : engine.decided(answers, shownIn);
        if (decided.isPresent()) {
            problems = engine.checkSoFar(answers);
        }
        if (!problems.isEmpty()) {
            return badInput(err, problems.stream().map(AnswerProblem::toString).toList());
        }
        Assessment assessment = decided.orElseGet(() -> engine.assess(answers, shownIn));
        int saved = saving.saveIfAsked(main.dataDir.resolve(), answers, assessment, err);
        if (saved != Main.EXIT_OK) {
            return saved;
        }
        if (format == Format.PDF) {
            return sheet.write(assessment, answers, shownIn, spec.commandLine().getOut(), err);
        }
        write(assessment, spec.commandLine().getOut());
        return Main.EXIT_OK;
    }

    /**
     * The format problems and, when the file's shape was right, the questionnaire's problems with the values that
     * could be read (wrong type, choice or range): ten wrong answers are ten problems in one run, whatever kind
     * each is. Completeness waits for a file that reads, as its problems may depend on the unreadable values.
     */
    private List<String> withQuestionnaireProblems(AnswersFormatException e) throws ContentException {
        if (e.wellFormed().isEmpty()) {
            return e.problems();
        }
        List<String> all = new java.util.ArrayList<>(e.problems());
        new Engine(main.contentSource().load()).checkValues(e.wellFormed().get()).stream()
                .map(AnswerProblem::toString)
                .forEach(all::add);
        return all;
    }

    /** The one place output is written. */
    private void write(Assessment assessment, PrintWriter out) {
        out.print(switch (format) {
            case TEXT -> AssessmentText.write(assessment);
            case JSON -> AssessmentJson.write(assessment);
            case PDF -> throw new IllegalStateException("the sheet is written by SheetOutput");
        });
        out.flush();
    }

    static final int ANSWERS_CAP_BYTES = CappedText.ANSWERS_CAP_BYTES;

    private String read() throws IOException {
        if (file.equals("-")) {
            return CappedText.read(System.in, ANSWERS_CAP_BYTES);
        }
        return CappedText.read(Path.of(file), ANSWERS_CAP_BYTES);
    }

    private int badInput(PrintWriter err, List<String> problems) {
        String name = file.equals("-") ? "stdin" : file;
        ProblemList.print(problems, name, err);
        return Main.EXIT_BAD_INPUT;
    }
}
