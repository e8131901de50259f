package org.calfcheck.ui.coach;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
import org.calfcheck.ui.CompletedCheck;

/**
 * An answers file (the format of {@code calfcheck assess}) assessed by the engine, exactly as the command would.
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
            byte[] bytes = Files.readAllBytes(answersFile);
            answers = AnswersJson.parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
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
