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

    static final int ANSWERS_CAP_BYTES = CappedText.ANSWERS_CAP_BYTES;

    /** How the assessment is written; add a format here and render it in {@link #write}. */
    enum Format {
        TEXT,
        JSON,
        /** The routine sheet, written to {@code --out} (see {@link SheetOutput}). */
        PDF;

        /** The format with this name, in any case. */
        static Optional<Format> named(String value) {
            for (Format format : values()) {
                if (format.name().equals(value.toUpperCase(Locale.ROOT))) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }

        static final class Converter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return named(value).orElseThrow(
                        () -> new TypeConversionException("expected text, json or pdf, not '" + value + "'"));
            }
        }
    }

    /** {@code km} or {@code mi}. */
    static Optional<DistanceUnit> unitsNamed(String value) {
        return switch (value) {
            case "km" -> Optional.of(DistanceUnit.KM);
            case "mi" -> Optional.of(DistanceUnit.MI);
            default -> Optional.empty();
        };
    }

    static final class UnitsConverter implements ITypeConverter<DistanceUnit> {
        @Override
        public DistanceUnit convert(String value) {
            return unitsNamed(value).orElseThrow(
                    () -> new TypeConversionException("expected km or mi, not '" + value + "'"));
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
        return run(request(), main.contentSource(), main.dataDir, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** What picocli read from the arguments. */
    AssessRequest request() {
        return new AssessRequest(file, format, Optional.ofNullable(out), Optional.ofNullable(name),
                Optional.ofNullable(paper), force, Optional.ofNullable(units), saving.save,
                Optional.ofNullable(saving.client));
    }

    /** Assesses as asked and writes the result; returns the exit code. */
    static int run(AssessRequest request, ContentSource content, DataDirOption dataDir, PrintWriter out,
                   PrintWriter err) throws ContentException, IOException {
        return new Assessing(request, content, err).run(dataDir, out);
    }

    /** One run of {@code assess}: the request, the content it is checked against, and where problems go. */
    private record Assessing(AssessRequest request, ContentSource content, PrintWriter err) {

        int run(DataDirOption dataDir, PrintWriter out) throws ContentException, IOException {
            SheetOutput sheet = new SheetOutput(request.out().orElse(null), request.name().orElse(null),
                    request.paper().orElse(null), request.force());
            List<String> sheetProblems = sheet.problems(request.format() == Format.PDF);
            if (!sheetProblems.isEmpty()) {
                sheetProblems.forEach(err::println);
                err.flush();
                return Main.EXIT_BAD_INPUT;
            }
            SaveToClientOptions saving = new SaveToClientOptions(request.save(), request.client());
            if (saving.isMisused()) {
                err.println("--client only makes sense with --save: add --save to keep this assessment.");
                return Main.EXIT_BAD_INPUT;
            }
            Answers answers;
            try {
                answers = AnswersJson.parse(read());
            } catch (NoSuchFileException e) {
                return badInput(List.of("no such file"));
            } catch (CharacterCodingException e) {
                return badInput(List.of("is not UTF-8 text"));
            } catch (CappedText.TooLarge e) {
                return badInput(List.of(e.getMessage()));
            } catch (IOException e) {
                return badInput(List.of("cannot be read: " + e.getMessage()));
            } catch (AnswersFormatException e) {
                return badInput(withQuestionnaireProblems(e));
            }
            Engine engine = new Engine(content.load());
            DistanceUnit shownIn = request.units().orElse(answers.units());
            List<AnswerProblem> problems = engine.check(answers);
            // answers that stop early (an emergency already certain) need not answer the rest, only be valid
            Optional<Assessment> decided = problems.isEmpty() ? Optional.empty() : engine.decided(answers, shownIn);
            if (decided.isPresent()) {
                problems = engine.checkSoFar(answers);
            }
            if (!problems.isEmpty()) {
                return badInput(problems.stream().map(AnswerProblem::toString).toList());
            }
            Assessment assessment = decided.orElseGet(() -> engine.assess(answers, shownIn));
            int saved = saving.saveIfAsked(dataDir.resolve(), answers, assessment, err);
            if (saved != Main.EXIT_OK) {
                return saved;
            }
            if (request.format() == Format.PDF) {
                return sheet.write(assessment, answers, shownIn, out, err);
            }
            write(assessment, out);
            return Main.EXIT_OK;
        }

        /**
         * The format problems and, when the file's shape was right, the questionnaire's problems with the values
         * that could be read (wrong type, choice or range): ten wrong answers are ten problems in one run, whatever
         * kind each is. Completeness waits for a file that reads, as its problems may depend on the unreadable
         * values.
         */
        private List<String> withQuestionnaireProblems(AnswersFormatException e) throws ContentException {
            if (e.wellFormed().isEmpty()) {
                return e.problems();
            }
            List<String> all = new java.util.ArrayList<>(e.problems());
            new Engine(content.load()).checkValues(e.wellFormed().get()).stream()
                    .map(AnswerProblem::toString)
                    .forEach(all::add);
            return all;
        }

        /** The one place output is written. */
        private void write(Assessment assessment, PrintWriter out) {
            out.print(switch (request.format()) {
                case TEXT -> AssessmentText.write(assessment);
                case JSON -> AssessmentJson.write(assessment);
                case PDF -> throw new IllegalStateException("the sheet is written by SheetOutput");
            });
            out.flush();
        }

        private String read() throws IOException {
            if (request.file().equals("-")) {
                return CappedText.read(System.in, ANSWERS_CAP_BYTES);
            }
            return CappedText.read(Path.of(request.file()), ANSWERS_CAP_BYTES);
        }

        private int badInput(List<String> problems) {
            String name = request.file().equals("-") ? "stdin" : request.file();
            ProblemList.print(problems, name, err);
            return Main.EXIT_BAD_INPUT;
        }
    }
}
