package org.calfcheck.content;

import static org.calfcheck.content.ContentFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems that need the whole content: ids, references, and conditions that must fit the questionnaire. */
class SemanticProblemsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyValidSet() {
        ContentFixtures.valid(dir);
    }

    private List<ContentProblem> after(String file, Consumer<ObjectNode> change) {
        ContentFixtures.edit(dir, file, change);
        return ContentFixtures.problems(dir);
    }

    private static void assertOnly(ContentProblem expected, List<ContentProblem> actual) {
        assertEquals(List.of(expected), actual);
    }

    private static ObjectNode fact(String fact, String op, String value) {
        ObjectNode compare = ContentFixtures.object().put("fact", fact).put("op", op);
        return value == null ? compare : compare.put("value", value);
    }

    @Test
    void anIdUsedInTwoFilesIsADuplicate() {
        assertOnly(new ContentProblem("rules.json", "$.rules[4].id",
                        "duplicate id \"rc_rest\" (already used at recovery.json $.recovery[0].id)"),
                after("rules.json", t -> at(t, "/rules/4").put("id", "rc_rest")));
    }

    @Test
    void twoQuestionsWithTheSameIdAreADuplicate() {
        assertOnly(new ContentProblem("questionnaire.json", "$.sections[1].questions[1].id",
                        "duplicate id \"this_week_km\" (already used at questionnaire.json $.sections[1].questions[0].id)"),
                after("questionnaire.json", t -> at(t, "/sections/1/questions/1").put("id", "this_week_km")));
    }

    @Test
    void twoChoicesWithTheSameIdInOneQuestionAreADuplicate() {
        assertOnly(new ContentProblem("questionnaire.json", "$.sections[1].questions[3].choices[1].id",
                        "duplicate choice id \"back\" in question \"where_sore\""),
                after("questionnaire.json", t -> at(t, "/sections/1/questions/3/choices/1").put("id", "back")));
    }

    @Test
    void aCauseHelpedByAnUnknownItemIsReported() {
        assertOnly(new ContentProblem("causes.json", "$.causes[0].helpedBy[1]",
                        "unknown item \"rc_nap\" (no exercise, recovery step or advice has this id)"),
                after("causes.json", t -> t.withArray("/causes/0/helpedBy").set(1, "rc_nap")));
    }

    @Test
    void aCauseCannotBeHelpedByAnotherCause() {
        assertOnly(new ContentProblem("causes.json", "$.causes[0].helpedBy[0]",
                        "\"tight_calves\" is a cause, not an exercise, recovery step or advice"),
                after("causes.json", t -> t.withArray("/causes/0/helpedBy").set(0, "tight_calves")));
    }

    @Test
    void aRedFlagWithholdingAnUnknownItemIsReported() {
        assertOnly(new ContentProblem("redflags.json", "$.redFlags[0].withholds[1]",
                        "unknown item \"rc_massage\" (no exercise, recovery step or advice has this id)"),
                after("redflags.json", t -> t.withArray("/redFlags/0/withholds").set(1, "rc_massage")));
    }

    @Test
    void evidenceForAnUnknownCauseIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[2].effects[0].cause",
                        "unknown cause \"overtraining\" (no cause in causes.json has this id)"),
                after("rules.json", t -> at(t, "/rules/2/effects/0").put("cause", "overtraining")));
    }

    @Test
    void raisingAnUnknownRedFlagIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[1].effects[0].redFlag",
                        "unknown red flag \"rf_severe\" (no red flag in redflags.json has this id)"),
                after("rules.json", t -> at(t, "/rules/1/effects/0").put("redFlag", "rf_severe")));
    }

    @Test
    void raisingACauseAsARedFlagIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[1].effects[0].redFlag",
                        "\"overuse\" is a cause, not a red flag"),
                after("rules.json", t -> at(t, "/rules/1/effects/0").put("redFlag", "overuse")));
    }

    @Test
    void recommendingACauseIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[2].effects[1].item",
                        "\"overuse\" is a cause, not an exercise, recovery step or advice"),
                after("rules.json", t -> at(t, "/rules/2/effects/1").put("item", "overuse")));
    }

    @Test
    void withholdingAnUnknownItemIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[0].effects[1].item",
                        "unknown item \"rc_cold\" (no exercise, recovery step or advice has this id)"),
                after("rules.json", t -> at(t, "/rules/0/effects/1").put("item", "rc_cold")));
    }

    @Test
    void aConditionOnAnUnknownQuestionIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[1].when.fact", "unknown fact \"pain_level\": no question"
                        + " has this id and it is not a derived fact (derived.weeklyIncreasePercent, derived.shoeKm,"
                        + " derived.restWeeksBefore, derived.weeklyKm)"),
                after("rules.json", t -> at(t, "/rules/1/when").put("fact", "pain_level")));
    }

    @Test
    void aConditionOnAnUnknownDerivedFactIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[2].when.fact", "unknown derived fact"
                        + " \"derived.monthlyKm\" (known: derived.weeklyIncreasePercent, derived.shoeKm,"
                        + " derived.restWeeksBefore, derived.weeklyKm)"),
                after("rules.json", t -> at(t, "/rules/2/when").put("fact", "derived.monthlyKm")));
    }

    @Test
    void aNumberComparisonOnAChoiceQuestionIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[3].when.all[0].op",
                        "\"atLeast\" compares numbers, but SINGLE_CHOICE question \"shoe_age\" is answered with a choice"),
                after("rules.json", t -> t.withArray("/rules/3/when/all").set(0,
                        ContentFixtures.object().put("fact", "shoe_age").put("op", "atLeast").put("value", 2))));
    }

    @Test
    void aChoiceTheQuestionDoesNotOfferIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[3].when.all[0].value",
                        "\"old\" is not a choice of SINGLE_CHOICE question \"shoe_age\" (choices: new, worn)"),
                after("rules.json", t -> t.withArray("/rules/3/when/all/0/value").set(0, "old")));
    }

    @Test
    void containsOnASingleChoiceQuestionIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[3].when.all[0].op",
                        "\"contains\" only fits a MULTI_CHOICE question; use \"equals\" or \"in\" for SINGLE_CHOICE"
                                + " question \"shoe_age\""),
                after("rules.json", t -> at(t, "/rules/3/when/all/0").put("op", "contains")));
    }

    @Test
    void aNumberComparisonOnAMultiChoiceQuestionIsReported() {
        assertOnly(new ContentProblem("questionnaire.json", "$.sections[1].questions[4].showWhen.op",
                        "\"atMost\" compares numbers, but MULTI_CHOICE question \"where_sore\" is answered with"
                                + " choices: use \"contains\" or \"containsAny\""),
                after("questionnaire.json", t -> at(t, "/sections/1/questions/4").set("showWhen",
                        ContentFixtures.object().put("fact", "where_sore").put("op", "atMost").put("value", 1))));
    }

    @Test
    void equalsWithSeveralChoicesIsAnExactSetOnAMultiChoiceQuestion() throws Exception {
        ContentFixtures.edit(dir, "questionnaire.json", t -> at(t, "/sections/1/questions/4/showWhen")
                .put("op", "equals").putArray("value").add("back").add("inner"));

        ContentLoader.folder(dir).load();
    }

    @Test
    void aYesNoQuestionOnlyTakesYesOrNo() {
        assertOnly(new ContentProblem("rules.json", "$.rules[0].when.value",
                        "\"maybe\" is not a choice of YES_NO question \"swollen_warm\" (choices: yes, no)"),
                after("rules.json", t -> at(t, "/rules/0/when").put("value", "maybe")));
    }

    @Test
    void equalsWithSeveralChoicesIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[0].when.value",
                        "\"equals\" takes one choice; use \"in\" for several"),
                after("rules.json", t -> at(t, "/rules/0/when").putArray("value").add("yes").add("no")));
    }

    @Test
    void aChoiceValueOnANumberQuestionIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[1].when.value",
                        "SCALE question \"pain_now\" is a number: the value must be a number"),
                after("rules.json", t -> at(t, "/rules/1").set("when", fact("pain_now", "equals", "high"))));
    }

    @Test
    void aChoiceOperatorOnADerivedFactIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[2].when.op",
                        "\"in\" compares choices, but derived fact \"derived.weeklyIncreasePercent\" is a number"),
                after("rules.json", t -> at(t, "/rules/2").set("when",
                        fact("derived.weeklyIncreasePercent", "in", "big"))));
    }

    @Test
    void showWhenCannotDependOnALaterQuestion() {
        // pain_now feeds a red flag, so hiding it also breaks that rule
        assertEquals(List.of(new ContentProblem("questionnaire.json", "$.sections[0].questions[1].showWhen.fact",
                        "showWhen refers to question \"shoe_age\", which is asked later"),
                        new ContentProblem("rules.json", "$.rules[1].when", "red-flag rule reads question \"pain_now\","
                                + " which can be hidden: make the condition an \"all\" that also holds that question's"
                                + " showWhen, so the answer that hides the question cannot hide the flag")),
                after("questionnaire.json", t -> at(t, "/sections/0/questions/1").set("showWhen",
                        fact("shoe_age", "equals", "worn"))));
    }

    @Test
    void showWhenCannotDependOnItself() {
        assertOnly(new ContentProblem("questionnaire.json", "$.sections[1].questions[4].showWhen.not.fact",
                        "showWhen refers to the question itself"),
                after("questionnaire.json", t -> at(t, "/sections/1/questions/4/showWhen").removeAll()
                        .set("not", fact("hills", "answered", null))));
    }

    @Test
    void aPlaceholderNamingAnUnknownFactIsReported() {
        assertOnly(new ContentProblem("rules.json", "$.rules[1].effects[0].reason", "placeholder {pain_level} names"
                        + " an unknown fact (use a question id or one of derived.weeklyIncreasePercent, derived.shoeKm,"
                        + " derived.restWeeksBefore, derived.weeklyKm)"),
                after("rules.json", t -> at(t, "/rules/1/effects/0").put("reason", "your pain is {pain_level}")));
    }

    @Test
    void aQuestionThatRaisesARedFlagMustBeRequired() {
        assertOnly(new ContentProblem("rules.json", "$.rules[0].when.fact", "question \"swollen_warm\" decides a red"
                        + " flag but is not required: skipping it would raise the flag as unknown without a word"
                        + " (set \"required\": true)"),
                after("questionnaire.json", t -> at(t, "/sections/0/questions/0").put("required", false)));
    }

    /** "hills" is asked only when the pain is at the back; rule 1 is made to raise its flag on it. */
    private void flagRuleOnHills(boolean withGate) {
        ContentFixtures.edit(dir, "questionnaire.json", t -> {
            at(t, "/sections/1/questions/3").put("required", true);
            at(t, "/sections/1/questions/4").put("required", true);
        });
        ContentFixtures.edit(dir, "rules.json", t -> {
            ObjectNode gate = fact("where_sore", "containsAny", null);
            gate.putArray("value").add("back");
            ObjectNode when = at(t, "/rules/1").putObject("when");
            var all = when.putArray("all");
            if (withGate) {
                all.add(gate);
            }
            all.add(fact("hills", "equals", "yes"));
        });
    }

    @Test
    void aRedFlagRuleOnAQuestionThatCanBeHiddenMustHoldItsShowWhen() {
        assertOnly(new ContentProblem("rules.json", "$.rules[1].when", "red-flag rule reads question \"hills\", which"
                        + " can be hidden: make the condition an \"all\" that also holds that question's showWhen, so"
                        + " the answer that hides the question cannot hide the flag"),
                flagRuleOnHillsProblems());
    }

    private List<ContentProblem> flagRuleOnHillsProblems() {
        flagRuleOnHills(false);
        return ContentFixtures.problems(dir);
    }

    @Test
    void aRedFlagRuleHoldingTheShowWhenOfTheQuestionItReadsIsAccepted() throws ContentException {
        flagRuleOnHills(true);
        Content content = ContentLoader.folder(dir).load();
        assertEquals("hills", content.rules().get(1).when().facts().stream().skip(1).findFirst().orElseThrow());
    }

    @Test
    void semanticAndStructuralProblemsInManyFilesAreReportedTogether() {
        ContentFixtures.edit(dir, "causes.json", t -> t.withArray("/causes/1/helpedBy").add("st_nothing"));
        ContentFixtures.edit(dir, "exercises.json", t -> at(t, "/exercises/0/dose").put("sets", 0));
        ContentFixtures.edit(dir, "redflags.json", t -> at(t, "/redFlags/0").put("careLevel", "SELF_CARE"));
        ContentFixtures.edit(dir, "questionnaire.json", t -> at(t, "/sections/1/questions/1").put("id", "pain_now"));
        ContentFixtures.edit(dir, "rules.json", t -> at(t, "/rules/2/effects/0").put("cause", "shoes"));

        List<ContentProblem> problems = ContentFixtures.problems(dir);

        assertEquals(List.of("causes.json $.causes[1].helpedBy[2]", "exercises.json $.exercises[0].dose.sets",
                        "redflags.json $.redFlags[0].careLevel", "questionnaire.json $.sections[1].questions[1].id",
                        "rules.json $.rules[2].effects[0].cause"),
                problems.stream().map(p -> p.file() + " " + p.path()).toList(), problems::toString);
        assertTrue(problems.size() >= 5);
    }

    @Test
    void aGetHelpLineForAnUnknownFlagIsReported() {
        assertOnly(new ContentProblem("redflags.json", "$.getHelpIf[1].redFlags[0]",
                        "unknown red flag \"rf_clot\" (no red flag in redflags.json has this id)"),
                after("redflags.json", t -> t.withArray("/getHelpIf/1/redFlags").set(0, "rf_clot")));
    }

    @Test
    void aCareLevelWithoutGetHelpLinesOfItsOwnIsReported() {
        assertOnly(new ContentProblem("redflags.json", "$.getHelpIf",
                        "no line for every EMERGENCY result (one with careLevels EMERGENCY and no redFlags)"),
                after("redflags.json", t -> t.withArray("/getHelpIf").remove(3)));
    }

    @Test
    void aGetHelpLineForNoLevelAndNoFlagIsReported() {
        assertOnly(new ContentProblem("redflags.json", "$.getHelpIf[1]",
                        "a get-help line needs careLevels, redFlags or both, or it would be shown to every runner"),
                after("redflags.json", t -> at(t, "/getHelpIf/1").remove(List.of("careLevels", "redFlags"))));
    }
}
