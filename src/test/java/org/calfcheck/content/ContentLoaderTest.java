package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.NumberOperand;
import org.calfcheck.content.Condition.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path dir;

    @Test
    void validFolderLoadsIntoTheExpectedRecords() throws Exception {
        Content content = ContentLoader.folder(ContentFixtures.valid(dir)).load();

        assertEquals("1.0.0", content.version());
        assertEquals(List.of("overuse", "tight_calves"), content.causes().stream().map(Cause::id).toList());
        assertEquals(List.of("st_wall_calf", "wu_calf_raises"), content.cause("tight_calves").orElseThrow().helpedBy());

        Exercise raises = content.exercises().get(0);
        assertEquals(ExerciseKind.WARM_UP, raises.kind());
        assertEquals(Optional.of(new Range(10, 15)), raises.dose().reps());
        assertEquals(Optional.of(2), raises.dose().sets());
        Exercise wall = content.exercises().get(1);
        assertEquals(Optional.of(Range.of(30)), wall.dose().holdSeconds());
        assertTrue(wall.dose().perSide());
        assertEquals(Optional.of("no bouncing"), wall.dose().note());
        assertEquals(List.of("Stop if it hurts."), wall.cautions());

        RecoveryStep rest = content.recovery().get(0);
        assertEquals(Dose.NONE, rest.dose());
        assertEquals(List.of(), rest.steps());
        assertEquals(Optional.of(new Range(2, 3)), content.recovery().get(1).dose().timesPerDay());

        assertEquals(AdviceTopic.FOOTWEAR, content.advice().get(0).topic());
        assertEquals("Shoes under 800 km", content.advice().get(0).checkItem());

        RedFlag clot = content.redFlag("rf_possible_clot").orElseThrow();
        assertEquals(CareLevel.URGENT, clot.careLevel());
        assertEquals(List.of("st_wall_calf", "wu_calf_raises"), clot.withholds());
    }

    @Test
    void questionsGetTheirTypeSpecificParts() throws Exception {
        Questionnaire questionnaire = ContentLoader.folder(ContentFixtures.valid(dir)).load().questionnaire();

        assertEquals(List.of("safety", "training"), questionnaire.sections().stream().map(Section::id).toList());
        Question swollen = questionnaire.question("swollen_warm").orElseThrow();
        assertEquals(List.of(new Choice("yes", "Yes"), new Choice("no", "No")), swollen.choices());
        assertTrue(swollen.required());
        assertTrue(swollen.allowUnknown());
        assertEquals(Optional.of(new NumberRange(0, 10)), questionnaire.question("pain_now").orElseThrow().range());
        Question distance = questionnaire.question("this_week_km").orElseThrow();
        assertEquals(Unit.DISTANCE, distance.unit());
        assertEquals(Optional.of(new NumberRange(0, 500)), distance.range());
        Question hills = questionnaire.question("hills").orElseThrow();
        assertEquals(Optional.of(new Compare("where_sore", Operator.CONTAINS_ANY,
                Optional.of(new ChoiceOperand(List.of("back"))))), hills.showWhen());
        assertEquals(Unit.NONE, hills.unit());
        assertTrue(!hills.required() && !hills.allowUnknown());
    }

    @Test
    void rulesMapOntoTheSealedConditionAndEffectTypes() throws Exception {
        List<Rule> rules = ContentLoader.folder(ContentFixtures.valid(dir)).load().rules();

        Rule jump = rules.get(2);
        assertEquals(new Compare("derived.weeklyIncreasePercent", Operator.GREATER_THAN,
                Optional.of(new NumberOperand(10))), jump.when());
        assertEquals(List.of(
                new Effect.Evidence("overuse", 3, "you ran {derived.weeklyIncreasePercent}% more than usual"),
                new Effect.Recommend("pg_ten_percent", "build up more slowly")), jump.effects());
        assertEquals(List.of(new Effect.RaiseFlag("rf_possible_clot", "you said the calf is swollen and warm"),
                new Effect.Withhold("rc_ice", "wait for a doctor first")), rules.get(0).effects());

        Condition.All worn = (Condition.All) rules.get(3).when();
        assertEquals(new Compare("shoe_age", Operator.IN, Optional.of(new ChoiceOperand(List.of("worn")))),
                worn.all().get(0));
        assertEquals(new Condition.Not(new Compare("hills", Operator.EQUALS,
                Optional.of(new ChoiceOperand(List.of("yes"))))), worn.all().get(1));
        Condition.Any any = (Condition.Any) worn.all().get(2);
        assertEquals(new Compare("this_week_km", Operator.UNKNOWN, Optional.empty()), any.any().get(0));
        assertEquals(new Effect.Evidence("overuse", -1, "you kept to flat ground"), rules.get(3).effects().get(1));
        assertEquals(new Condition.All(List.of()), rules.get(4).when());
    }

    @Test
    void aTopLevelSchemaReferenceIsIgnored() throws Exception {
        ContentFixtures.valid(dir);
        ContentFixtures.edit(dir, "causes.json", tree -> tree.put("$schema", "schema/causes.schema.json"));

        assertEquals(2, ContentLoader.folder(dir).load().causes().size());
    }

    @Test
    void anEmptyFolderReportsAllEightFilesMissing() {
        List<ContentProblem> problems = ContentFixtures.problems(dir);

        assertEquals(ContentLoader.FILES, problems.stream().map(ContentProblem::file).toList());
        assertTrue(problems.stream().allMatch(p -> p.message().startsWith("file is missing")), problems::toString);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        ContentFixtures.valid(dir);
        Files.delete(dir.resolve("rules.json"));

        List<ContentProblem> problems = ContentFixtures.problems(dir);

        assertEquals(List.of(new ContentProblem("rules.json", "", "file is missing from " + dir)), problems);
    }

    @Test
    void aFolderThatDoesNotExistIsOneProblem() {
        Path nowhere = dir.resolve("nowhere");

        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.folder(nowhere).load());

        assertEquals(List.of(new ContentProblem(nowhere.toString(), "", "no such folder")), e.problems());
    }

    @Test
    void aFileGivenAsTheFolderIsOneProblem() throws Exception {
        Path file = Files.writeString(dir.resolve("causes.json"), "{}");

        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.folder(file).load());

        assertEquals(List.of(new ContentProblem(file.toString(), "", "is not a folder")), e.problems());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        List<ContentProblem> problems = ContentFixtures.problems(ContentFixtures.broken("malformed", dir));

        assertEquals(1, problems.size(), problems::toString);
        ContentProblem problem = problems.get(0);
        assertEquals("causes.json", problem.file());
        assertEquals("line 3, column 22", problem.path());
        assertTrue(problem.message().startsWith("malformed JSON: Unexpected character (','"), problem::message);
    }

    @Test
    void aDuplicateKeyIsMalformed() throws Exception {
        ContentFixtures.valid(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": \"1.0.0\",\n \"version\": \"2.0.0\"}");

        ContentProblem problem = ContentFixtures.problems(dir).get(0);

        assertEquals("line 2, column 11", problem.path());
        assertTrue(problem.message().contains("Duplicate field 'version'"), problem::message);
    }

    @Test
    void anEmptyFileIsNamed() throws Exception {
        ContentFixtures.valid(dir);
        Files.writeString(dir.resolve("prevention.json"), "  \n");

        assertEquals(List.of(new ContentProblem("prevention.json", "", "file is empty")), ContentFixtures.problems(dir));
    }

    @Test
    void problemsInSeveralFilesAreAllReportedAtOnceInFileOrder() throws Exception {
        ContentFixtures.valid(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": ");
        ContentFixtures.edit(dir, "causes.json", t -> ContentFixtures.at(t, "/causes/0").remove("title"));
        ContentFixtures.edit(dir, "exercises.json", t -> ContentFixtures.at(t, "/exercises/2").put("kind", "YOGA"));
        ContentFixtures.edit(dir, "redflags.json", t -> ContentFixtures.at(t, "/redFlags/1").put("careLevel", "LATER"));
        ContentFixtures.edit(dir, "prevention.json", t -> ContentFixtures.at(t, "/advice/1").put("checkItem", ""));
        ContentFixtures.edit(dir, "rules.json", t -> ContentFixtures.at(t, "/rules/2/effects/0").put("weight", 9));

        List<ContentProblem> problems = ContentFixtures.problems(dir);

        assertEquals(List.of("manifest.json", "causes.json", "exercises.json", "prevention.json", "redflags.json",
                "rules.json"), problems.stream().map(ContentProblem::file).toList(), problems::toString);
        assertEquals(List.of("line 1, column 13", "$.causes[0].title", "$.exercises[2].kind", "$.advice[1].checkItem",
                "$.redFlags[1].careLevel", "$.rules[2].effects[0].weight"),
                problems.stream().map(ContentProblem::path).toList());
    }

    @Test
    void versionReadsOnlyTheManifest() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": \"2.3.4\"}");

        assertEquals(Optional.of("2.3.4"), ContentLoader.folder(dir).version());
        assertEquals(Optional.empty(), ContentLoader.folder(dir.resolve("none")).version());
    }

    @Test
    void aProblemReadsAsFilePathAndMessage() {
        assertEquals("causes.json $.causes[2].title: missing required field \"title\"",
                new ContentProblem("causes.json", "$.causes[2].title", "missing required field \"title\"").toString());
        assertEquals("rules.json: file is empty", new ContentProblem("rules.json", "", "file is empty").toString());
    }
}
