package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Question;
import org.junit.jupiter.api.Test;

/**
 * How many questions each runner in docs/examples is asked ({@link Engine#questionsAsked}). The counts are written
 * to {@code target/questions-asked.txt} so the figures recorded in the docs can be read off one run of this test.
 */
class QuestionsAskedTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");

    private final Engine engine = engine();

    @Test
    void eachExampleIsAskedItsShownQuestionsAndAnEmergencyOnlyTheFirstPage() throws Exception {
        List<String> report = new ArrayList<>();
        List<Question> firstPage = engine.content().questionnaire().sections().get(0).questions();
        for (Path file : examples()) {
            Answers answers = AnswersJson.parse(Files.readString(file));
            List<Question> asked = engine.questionsAsked(answers);
            List<Question> shown = engine.shownQuestions(answers);
            if (engine.assess(answers).careLevel() == CareLevel.EMERGENCY) {
                assertTrue(firstPage.containsAll(asked), file + ": an emergency stops after the first page");
                assertTrue(asked.size() < shown.size(), file + ": the emergency is asked less than everything");
            } else {
                assertEquals(shown, asked, file.toString());
            }
            report.add(asked.size() + "\t" + file.getFileName());
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "questions-asked.txt"), report);
        System.out.println("Questions asked per example:\n" + String.join("\n", report));
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Engine engine() {
        try {
            return new Engine(ContentLoader.packaged().load());
        } catch (ContentException e) {
            throw new IllegalStateException("the packaged content must load: " + e.problems(), e);
        }
    }
}
