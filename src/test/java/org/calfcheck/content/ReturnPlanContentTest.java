package org.calfcheck.content;

import static org.calfcheck.content.ContentFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The return-to-run plan is content: loaded into {@link Content}, and every problem in it reported at once. */
class ReturnPlanContentTest {

    private static final String PLAN = ContentLoader.RECOVERY_PLAN;

    @TempDir
    Path dir;

    @BeforeEach
    void copyValidSet() {
        ContentFixtures.valid(dir);
    }

    @Test
    void theShippedPlanLoadsWithItsStagesInOrderAndARunningStage() throws Exception {
        ReturnPlan plan = ContentLoader.packaged().load().plan();

        assertEquals(List.of("plan_rest_settle", "plan_walk_load", "plan_walk_run", "plan_easy_runs",
                "plan_usual_training"), plan.stages().stream().map(PlanStage::id).toList());
        assertFalse(plan.stages().get(0).running());
        assertTrue(plan.stage("plan_easy_runs").orElseThrow().running());
        assertEquals(5, plan.painModel().acceptableDuring());
        assertTrue(plan.warningSign("ws_breathless").isPresent());
    }

    @Test
    void aStageDoseOverridesTheExercisesOwnDose() throws Exception {
        ReturnPlan plan = ContentLoader.folder(dir).load().plan();

        PlanExercise raises = plan.stage("plan_run").orElseThrow().exercises().get(0);
        assertEquals("str_heel_raises", raises.item());
        assertEquals(Range.of(10), raises.dose().reps().orElseThrow());
        assertEquals(Dose.NONE, plan.stage("plan_rest").orElseThrow().exercises().get(0).dose());
    }

    @Test
    void everyProblemInThePlanIsReportedAtOnceWithItsPath() {
        ContentFixtures.edit(dir, PLAN, tree -> {
            ObjectNode rest = (ObjectNode) at(tree, "/stages/0");
            ((ObjectNode) at(tree, "/stages/0/exercises/0")).put("item", "no_such_exercise");
            rest.set("moveOnWhen", ContentFixtures.object().put("fact", "plan.moodToday").put("op", "atLeast")
                    .put("value", 3));
            ((ObjectNode) at(tree, "/stages/1/stepBackWhen")).put("op", "equals").put("value", "yes");
            ((ObjectNode) at(tree, "/warningSigns/0")).put("question", "no_such_question");
        });

        List<ContentProblem> problems = ContentFixtures.problems(dir);

        assertEquals(List.of(
                new ContentProblem(PLAN, "$.stages[0].exercises[0].item",
                        "unknown exercise \"no_such_exercise\" (no exercise or recovery step has this id)"),
                new ContentProblem(PLAN, "$.stages[0].moveOnWhen.fact", "unknown plan fact \"plan.moodToday\" (known: "
                        + PlanFact.names() + ")"),
                new ContentProblem(PLAN, "$.stages[1].stepBackWhen.value",
                        "\"checkin.painDuring\" is a number: compare it with a number"),
                new ContentProblem(PLAN, "$.warningSigns[0].question", "unknown question \"no_such_question\"")),
                problems);
    }

    @Test
    void stagesThatCannotMoveOnOrBackAreReported() {
        ContentFixtures.edit(dir, PLAN, tree -> {
            ((ObjectNode) at(tree, "/stages/0")).set("stepBackWhen",
                    ContentFixtures.object().put("fact", "plan.painRising").put("op", "equals").put("value", "yes"));
            ((ObjectNode) at(tree, "/stages/1")).put("running", false).set("moveOnWhen",
                    ContentFixtures.object().put("fact", "plan.painRising").put("op", "atLeast").put("value", 1));
        });

        List<String> problems = ContentFixtures.problems(dir).stream().map(ContentProblem::toString).toList();

        assertEquals(List.of(
                PLAN + " $.stages[0].stepBackWhen: the first stage has no stage to step back to: remove \"stepBackWhen\"",
                PLAN + " $.stages[1].moveOnWhen.op: \"atLeast\" compares numbers, but \"plan.painRising\" is yes or no",
                PLAN + " $.stages[1].moveOnWhen: the last stage has no stage to move on to: remove \"moveOnWhen\"",
                PLAN + " $.stages: no stage has \"running\": true, so the plan never returns to running"), problems);
    }

    @Test
    void aWarningSignMustGiveAnAnswerItsQuestionHasAndAMissingFieldIsNamed() {
        ContentFixtures.edit(dir, PLAN, tree -> {
            ((ObjectNode) at(tree, "/warningSigns/0")).put("answer", "very");
            ((ArrayNode) tree.get("warningSigns")).add(ContentFixtures.object().put("id", "ws_other"));
        });

        List<String> problems = ContentFixtures.problems(dir).stream().map(ContentProblem::toString).toList();

        assertTrue(problems.contains(PLAN + " $.warningSigns[0].answer: \"very\" is not an answer of question"
                + " \"swollen_warm\""), problems::toString);
        assertTrue(problems.contains(PLAN + " $.warningSigns[1].label: missing required field \"label\""),
                problems::toString);
    }
}
