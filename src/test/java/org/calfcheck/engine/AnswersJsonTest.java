package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersJsonTest {

    private static List<String> problems(String json) {
        return assertThrows(AnswersFormatException.class, () -> AnswersJson.parse(json)).problems();
    }

    @Test
    void eachKindOfValueBecomesItsAnswer() throws Exception {
        Answers a = AnswersJson.parse("""
                {"units": "mi", "answers": {"swollen": "yes", "pain_now": 7, "signs": ["red", "hot"],
                 "where": "unknown", "distance": 12.5}}""");
        assertEquals(DistanceUnit.MI, a.units());
        assertEquals(Map.of("swollen", new Answer.Chosen("yes"), "pain_now", new Answer.Number(7),
                "signs", new Answer.ChosenMany(List.of("red", "hot")), "where", new Answer.Unknown(),
                "distance", new Answer.Number(12.5)), a.values());
    }

    @Test
    void answersCanBeReadFromAStream() throws Exception {
        var in = new java.io.ByteArrayInputStream("{\"answers\": {\"where\": \"l\u00e4nge\"}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(new Answer.Chosen("l\u00e4nge"), AnswersJson.parse(in).get("where").orElseThrow());
    }

    @Test
    void unitsDefaultToKilometres() throws Exception {
        assertEquals(DistanceUnit.KM, AnswersJson.parse("{\"answers\": {}}").units());
    }

    @Test
    void writingThenReadingGivesTheSameAnswers() throws Exception {
        Answers a = ContentFixture.answersIn(DistanceUnit.MI, "swollen", "no", "pain_now", 3, "signs",
                List.of("cramp"), "empty", List.of(), "where", "unknown", "distance", 12.25);
        String json = AnswersJson.write(a);
        assertEquals(a, AnswersJson.parse(json));
        assertTrue(json.contains("\"pain_now\" : 3,"), json);
        assertTrue(json.contains("\"units\" : \"mi\""), json);
    }

    @Test
    void malformedJsonSaysWhereInLineAndColumn() {
        List<String> p = problems("{\"answers\": {\n  \"pain_now\": 7,\n  \"x\": }\n}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("line 3, column 8: "), p.get(0));
    }

    @Test
    void emptyInputIsAProblem() {
        assertEquals(List.of("the answers are empty; expected {\"answers\": {…}}"), problems("   "));
    }

    @Test
    void aTopLevelThatIsNotAnObjectIsAProblem() {
        assertEquals(List.of("$: expected an object {\"units\": …, \"answers\": {…}}, not a list"), problems("[1, 2]"));
    }

    @Test
    void missingOrMisshapedAnswersAreProblems() {
        assertEquals(List.of("$.answers: missing; expected an object of answers by question id"),
                problems("{\"units\": \"km\"}"));
        assertEquals(List.of("$.answers: expected an object of answers by question id, not a list"),
                problems("{\"answers\": []}"));
    }

    @Test
    void everyImpossibleValueIsReportedAtOnce() {
        List<String> p = problems("""
                {"units": "miles", "extra": 1, "answers": {"a": true, "b": {"x": 1}, "c": null, "d": ["ok", 3]}}""");
        assertEquals(List.of(
                "$.units: expected \"km\" or \"mi\", not \"miles\"",
                "$.extra: unknown field; an answers file has only \"units\" and \"answers\"",
                "$.answers.a: true/false (true) is not an answer; expected a string, a number or a list of strings;"
                        + " write \"yes\" or \"no\"",
                "$.answers.b: an object is not an answer; expected a string, a number or a list of strings",
                "$.answers.c: null is not an answer; expected a string, a number or a list of strings;"
                        + " leave the question out, or write \"unknown\"",
                "$.answers.d[1]: a list of choices holds only strings, not the number 3"), p);
    }

    @Test
    void aQuestionAnsweredTwiceIsAProblem() {
        List<String> p = problems("{\"answers\": {\"a\": 1, \"a\": 2}}");
        assertTrue(p.get(0).contains("Duplicate field 'a'"), p.get(0));
    }

    @Test
    void textAfterTheObjectIsAProblem() {
        assertEquals(1, problems("{\"answers\": {}} {}").size());
    }
}
