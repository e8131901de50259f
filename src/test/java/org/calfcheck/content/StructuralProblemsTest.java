package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken fixture set has exactly one problem, reported with its file, JSON path and message. */
class StructuralProblemsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is reported at {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-title       | causes.json        | $.causes[1].title                    | missing required field "title"
            unknown-care-level  | redflags.json      | $.redFlags[0].careLevel              | unknown care level "CRITICAL" (expected one of SELF_CARE, SOON, URGENT, EMERGENCY)
            hold-out-of-range   | exercises.json     | $.exercises[1].dose.holdSeconds      | must be between 1 and 600 (is 900)
            empty-summary       | prevention.json    | $.advice[0].summary                  | must not be empty
            wrong-type          | questionnaire.json | $.sections[0].questions[0].required  | must be true or false, not text
            unknown-operator    | rules.json         | $.rules[1].when.op                   | unknown operator "gte" (expected one of equals, notEquals, lessThan, atMost, greaterThan, atLeast, in, contains, containsAny, unknown, answered)
            zero-weight         | rules.json         | $.rules[2].effects[0].weight         | must not be 0 (use −5…−1 against the cause, 1…5 for it)
            bad-version         | manifest.json      | $.version                            | "one" is not a version like 1.0.0
            unknown-field       | recovery.json      | $.recovery[0].titel                  | unknown field "titel" (expected id, title, summary, body, steps, dose, cautions, assumes, chosenBy, family)
            range-min-above-max | exercises.json     | $.exercises[0].dose.reps             | min 15 is above max 10
            question-range-min-above-max | questionnaire.json | $.sections[1].questions[0].range | min 100 is above max 5
            number-without-range| questionnaire.json | $.sections[1].questions[0].range     | a NUMBER question needs a range {"min": …, "max": …}
            choice-question-without-choices | questionnaire.json | $.sections[1].questions[2].choices | must not be empty
            unknown-effect-type | rules.json         | $.rules[2].effects[0].type           | unknown effect type "because" (expected one of evidence, redFlag, recommend, withhold)
            self-care-red-flag  | redflags.json      | $.redFlags[1].careLevel              | a red flag's care level cannot be SELF_CARE (use SOON, URGENT or EMERGENCY)
            """)
    void eachBrokenSetNamesFilePathAndProblem(String set, String file, String path, String message) {
        List<ContentProblem> problems = ContentFixtures.problems(ContentFixtures.broken(set, dir));

        assertEquals(List.of(new ContentProblem(file, path, message)), problems);
    }
}
