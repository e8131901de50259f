package org.calfcheck.ui.coach;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersFormatException;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Engine;
import org.calfcheck.platform.CappedText;
import org.calfcheck.ui.CompletedCheck;

/**
 * An answers file (the format of {@code calfcheck assess}) read and assessed by the engine, exactly as the command
 * would: at most {@link CappedText#ANSWERS_CAP_BYTES}, strict UTF-8, a byte order mark dropped.
 * The engine is made on first use, off the FX thread.
 */
public final class EngineCheckReader implements CheckReader {

    private final Callable<Engine> engineSource;
    private Engine engine;

    public EngineCheckReader(Callable<Engine> engineSource) {
        this.engineSource = engineSource;
    }

    @Override
    public CompletedCheck read(Path answersFile) throws Unreadable {
        Answers answers;
        try {
            refuseIfNotAFile(answersFile);
            answers = AnswersJson.parse(CappedText.read(answersFile, CappedText.ANSWERS_CAP_BYTES));
        } catch (CappedText.TooLarge e) {
            throw new Unreadable(List.of(answersFile + ": " + e.getMessage()));
        } catch (NoSuchFileException e) {
            throw new Unreadable(List.of(answersFile + ": no such file"));
        } catch (CharacterCodingException e) {
            throw new Unreadable(List.of(answersFile + ": is not UTF-8 text"));
        } catch (IOException e) {
            throw new Unreadable(List.of(answersFile + ": cannot be read: " + e.getMessage()));
        } catch (AnswersFormatException e) {
            throw new Unreadable(e.problems().stream().map(p -> answersFile.getFileName() + ": " + p).toList());
        }
        Engine ready = engine();
        List<AnswerProblem> problems = ready.check(answers);
        if (!problems.isEmpty()) {
            throw new Unreadable(problems.stream().map(p -> answersFile.getFileName() + ": " + p).toList());
        }
        return new CompletedCheck(answers, ready.assess(answers));
    }

    /** A folder, device or pipe is no answers file; a pipe would also wait for a writer for ever. */
    private static void refuseIfNotAFile(Path answersFile) throws Unreadable, NoSuchFileException {
        if (Files.isRegularFile(answersFile)) {
            return;
        }
        if (Files.isDirectory(answersFile)) {
            throw new Unreadable(List.of(answersFile + ": is a folder, not an answers file"));
        }
        if (!Files.exists(answersFile)) {
            throw new NoSuchFileException(answersFile.toString());
        }
        throw new Unreadable(List.of(answersFile + ": is not a regular file (a device or pipe), not an answers file"));
    }

    private synchronized Engine engine() throws Unreadable {
        if (engine == null) {
            try {
                engine = engineSource.call();
            } catch (Exception e) {
                throw new Unreadable(List.of("the questionnaire content could not be loaded: " + e.getMessage()));
            }
        }
        return engine;
    }
}
