package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersFormatException;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Engine;
import org.calfcheck.fuzz.FuzzRun;
import org.calfcheck.fuzz.Mutator;
import org.calfcheck.platform.CappedText;
import org.junit.jupiter.api.Test;

/**
 * Mutated answers files through the calls {@code assess} makes: capped strict reading, parsing, the questionnaire
 * check, the assessment and its text, and the problem list. A refusal is fine; any other throwable is a crash.
 */
class AnswersFuzzTest {

    @Test
    void mutatedAnswersAreAssessedOrRefusedNeverCrash() throws Exception {
        Engine engine = new Engine(ContentLoader.packaged().load());
        List<String> seeds = new ArrayList<>();
        try (var vignettes = Files.list(Path.of(getClass().getResource("/vignettes").toURI()))) {
            for (Path vignette : vignettes.sorted().toList()) {
                seeds.add(AssessCommandTest.vignetteAnswers(vignette.getFileName().toString()));
            }
        }
        int ran = FuzzRun.run("answers", new Mutator(20261205L, seeds), Mutator.inputs(), input -> {
            StringWriter err = new StringWriter();
            try {
                Answers answers = AnswersJson.parse(CappedText.read(new ByteArrayInputStream(input),
                        AssessCommand.ANSWERS_CAP_BYTES));
                List<AnswerProblem> problems = engine.check(answers);
                if (problems.isEmpty()) {
                    AssessmentText.write(engine.assess(answers, answers.units()));
                } else {
                    ProblemList.print(problems.stream().map(AnswerProblem::toString).toList(), "fuzz",
                            new PrintWriter(err));
                }
            } catch (AnswersFormatException e) {
                e.wellFormed().ifPresent(engine::checkValues);
                ProblemList.print(e.problems(), "fuzz", new PrintWriter(err));
            } catch (CharacterCodingException e) {
                return;
            }
            assertTrue(err.toString().chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)),
                    "problems print no control characters");
        });
        assertTrue(ran > 0);
    }
}
