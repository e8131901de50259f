package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** docs/answers-format.md lists every question of the packaged questionnaire, and nothing else, correctly. */
class AnswersFormatDocTest {

    private static final String TABLE_HEADING = "## Every question";
    private static Questionnaire questionnaire;
    /** Table rows by question id: the cells after the id. */
    private static Map<String, List<String>> rows;

    @BeforeAll
    static void load() throws ContentException, IOException {
        questionnaire = ContentLoader.packaged().load().questionnaire();
        rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("docs", "answers-format.md"))) {
            inTable |= line.equals(TABLE_HEADING);
            if (inTable && line.startsWith("| `")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(cell.trim());
                }
                rows.put(cells.get(0).replace("`", ""), cells.subList(1, cells.size()));
            }
        }
    }

    @Test
    void everyQuestionHasARowAndEveryRowIsAQuestion() {
        Set<String> ids = new TreeSet<>(questionnaire.questions().stream().map(Question::id).toList());
        assertEquals(ids, new TreeSet<>(rows.keySet()), "question ids in the questionnaire vs in the doc's table");
    }

    @Test
    void eachRowStatesTheQuestionsTypeAnswersAndRules() {
        List<Executable> checks = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            List<String> row = rows.getOrDefault(q.id(), List.of("", "", "", "", ""));
            String where = "row for " + q.id() + ": ";
            checks.add(() -> assertEquals(q.type().name(), row.get(0), where + "type"));
            q.choices().forEach(c -> checks.add(() -> assertTrue(row.get(1).contains("`" + c.id() + "`"),
                    where + "choice " + c.id() + " missing")));
            q.range().filter(r -> q.type() == QuestionType.NUMBER).ifPresent(r -> checks.add(() ->
                    assertTrue(row.get(1).startsWith(whole(r.min()) + "–" + whole(r.max())),
                            where + "range " + r + " not stated")));
            checks.add(() -> assertEquals(q.required() ? "yes" : "no", row.get(2), where + "required"));
            checks.add(() -> assertEquals(q.allowUnknown() ? "yes" : "no", row.get(3), where + "unknown allowed"));
            checks.add(() -> assertEquals(q.showWhen().isEmpty(), row.get(4).equals("always"), where + "asked when"));
        }
        assertAll(checks);
    }

    private static String whole(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
