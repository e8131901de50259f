package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.DistanceUnit;
import org.junit.jupiter.api.Test;

class WizardViewModelTest {

    private final List<CompletedCheck> done = new ArrayList<>();
    private final List<String> left = new ArrayList<>();
    private final WizardViewModel wizard = new WizardViewModel(UiFixtures.engine(), DistanceUnit.KM,
            UiFixtures.DIRECT, done::add, () -> left.add("welcome"), e -> { throw new AssertionError(e); });

    @Test
    void progressSaysWhichSectionOfHowMany() {
        assertEquals("Section 1 of " + wizard.sectionCount(), wizard.progressProperty().get());
    }

    @Test
    void nextWithUnansweredRequiredQuestionsStaysAndMarksEachOne() {
        List<QuestionViewModel> wrong = wizard.next();

        assertEquals(0, wizard.sectionIndexProperty().get());
        assertFalse(wrong.isEmpty());
        assertTrue(wrong.stream().allMatch(q -> q.errorProperty().get().equals("Please answer this question.")));
    }

    @Test
    void answeringClearsTheMessageNextToThatQuestion() {
        wizard.next();
        QuestionViewModel breathless = wizard.question("breathless_chest_pain");

        breathless.choose("no");

        assertEquals("", breathless.errorProperty().get());
    }

    @Test
    void aQuestionWithAShowWhenAppearsOnlyWhenItsConditionHolds() {
        QuestionViewModel recurrence = wizard.question("recurrence");
        assertFalse(recurrence.isShown());

        wizard.question("had_before").choose("yes");
        assertTrue(recurrence.isShown());

        wizard.question("had_before").choose("no");
        assertFalse(recurrence.isShown());
    }

    @Test
    void aHiddenQuestionsAnswerIsKeptButNotGivenToTheEngine() {
        wizard.question("had_before").choose("yes");
        wizard.question("recurrence").choose("after_most_runs");

        wizard.question("had_before").choose("no");

        assertTrue(wizard.question("recurrence").getAnswer().isPresent());
        assertTrue(wizard.answersProperty().get().get("recurrence").isEmpty());
    }

    @Test
    void backKeepsTheAnswersOfTheLaterPage() {
        answerFirstPage();
        wizard.next();
        wizard.question("which_leg").choose("left");

        wizard.back();
        wizard.next();

        assertEquals(1, wizard.sectionIndexProperty().get());
        assertEquals(Optional.of(new Answer.Chosen("left")), wizard.question("which_leg").getAnswer());
    }

    @Test
    void backFromTheFirstPageLeavesForTheWelcome() {
        wizard.back();

        assertEquals(List.of("welcome"), left);
    }

    @Test
    void aNumberOutOfRangeGetsTheEnginesMessage() {
        goToPageOf("runs_per_week");
        wizard.question("runs_per_week").numberTextProperty().set("20");

        wizard.next();

        assertFalse(wizard.question("runs_per_week").errorProperty().get().isEmpty());
        assertFalse(wizard.question("runs_per_week").errorProperty().get().equals("Please answer this question."));
    }

    @Test
    void textThatIsNotANumberIsNamedAsSuch() {
        goToPageOf("runs_per_week");
        wizard.question("runs_per_week").numberTextProperty().set("two");

        wizard.next();

        assertEquals("Enter a number, for example 12.", wizard.question("runs_per_week").errorProperty().get());
    }

    @Test
    void dontKnowIsAnAnswerForANumberThatAllowsIt() {
        QuestionViewModel usual = wizard.question("usual_weekly_distance");

        usual.unknownProperty().set(true);

        assertEquals(Optional.of(new Answer.Unknown()), usual.getAnswer());
    }

    @Test
    void distancesAreAskedInTheRunnersUnit() {
        WizardViewModel miles = new WizardViewModel(UiFixtures.engine(), DistanceUnit.MI, UiFixtures.DIRECT,
                done::add, () -> { }, e -> { });

        assertEquals("miles", miles.question("weekly_distance").unitLabel());
        assertEquals("Between 0 and 186 miles", miles.question("weekly_distance").rangeHint());
    }

    @Test
    void theLastNextHandsOverTheAnswersAndTheEnginesAssessment() {
        fill(UiFixtures.vignette("urgent-clot-rest-pain-on-the-pill"));
        for (int i = 0; i < wizard.sectionCount() && done.isEmpty(); i++) {
            List<QuestionViewModel> wrong = wizard.next();
            assertEquals(List.of(), wrong.stream().map(q -> q.id() + ": " + q.errorProperty().get()).toList());
        }

        assertEquals(CareLevel.URGENT, done.get(0).assessment().careLevel());
        assertEquals(UiFixtures.engine().assess(done.get(0).answers()), done.get(0).assessment());
    }

    @Test
    void aYesToBreathlessnessEndsTheCheckAtOnceWithJustThatEmergency() {
        wizard.question("breathless_chest_pain").choose("yes");
        assertTrue(wizard.decidedProperty().get());
        assertTrue(wizard.lastSectionProperty().get(), "Next now reads as the way to the results");

        List<QuestionViewModel> wrong = wizard.next();

        assertEquals(List.of(), wrong, "the rest of the page is not asked for");
        assertEquals(0, wizard.sectionIndexProperty().get());
        assertEquals(1, done.size());
        assertEquals(CareLevel.EMERGENCY, done.get(0).assessment().careLevel());
        assertEquals(List.of("rf_clot_with_breathlessness"),
                done.get(0).assessment().redFlags().stream().map(RaisedFlag::id).toList());
        assertEquals(UiFixtures.engine().decided(done.get(0).answers()), Optional.of(done.get(0).assessment()));
    }

    @Test
    void takingBackTheEmergencyAnswerAsksTheRestAgain() {
        wizard.question("breathless_chest_pain").choose("yes");

        wizard.question("breathless_chest_pain").choose("no");

        assertFalse(wizard.decidedProperty().get());
        assertFalse(wizard.lastSectionProperty().get());
        assertFalse(wizard.next().isEmpty(), "the other questions on the page are asked for");
        assertEquals(List.of(), done);
    }

    @Test
    void eachAnswerAsksTheEngineOnceWhichQuestionsAreShown() {
        Assessor engine = UiFixtures.engine();
        int[] shownCalls = {0};
        Assessor counting = (Assessor) java.lang.reflect.Proxy.newProxyInstance(Assessor.class.getClassLoader(),
                new Class<?>[] {Assessor.class}, (proxy, method, args) -> {
                    shownCalls[0] += method.getName().equals("shownQuestions") ? 1 : 0;
                    return method.invoke(engine, args);
                });
        WizardViewModel counted = new WizardViewModel(counting, DistanceUnit.KM, UiFixtures.DIRECT, done::add,
                () -> { }, e -> { });
        int before = shownCalls[0];

        counted.question("had_before").choose("yes");

        assertEquals(1, shownCalls[0] - before);
        assertTrue(counted.question("recurrence").isShown());
    }

    private void answerFirstPage() {
        for (String id : List.of("breathless_chest_pain", "foot_cold_pale_numb", "calf_tense_swelling",
                "saddle_numb_or_bladder", "dark_urine", "very_unwell", "felt_pop")) {
            wizard.question(id).choose("no");
        }
        wizard.question("can_bear_weight").choose("yes");
    }

    /** Fills in a benign case and moves to the page that asks {@code questionId}. */
    private void goToPageOf(String questionId) {
        fill(UiFixtures.vignette("self-care-all-safety-answers-no"));
        for (int i = 0; i < wizard.sectionCount(); i++) {
            if (wizard.currentQuestions().stream().anyMatch(q -> q.id().equals(questionId))) {
                return;
            }
            assertEquals(List.of(), wizard.next());
        }
        throw new AssertionError(questionId + " is on no page");
    }

    private void fill(Answers answers) {
        answers.values().forEach((id, answer) -> AnswerSetter.set(wizard.question(id), answer));
    }
}
