package org.calfcheck.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.engine.Answers;
import org.calfcheck.store.RealAssessments;
import org.calfcheck.ui.CompletedCheck;
import org.calfcheck.ui.ResultActions;
import org.calfcheck.ui.ResultsViewModel;
import org.junit.jupiter.api.Test;

/** The results page hands its check to "Start a recovery plan"; at urgent levels its hint names the clearance. */
class StartPlanFromResultsTest {

    private final RealAssessments real;

    StartPlanFromResultsTest() throws Exception {
        real = new RealAssessments();
    }

    private CompletedCheck check(String vignette) throws Exception {
        Answers answers = real.answers(vignette);
        return new CompletedCheck(answers, real.engine().assess(answers));
    }

    @Test
    void startingAPlanHandsOnTheCheckAsItIs() throws Exception {
        List<CompletedCheck> started = new ArrayList<>();
        CompletedCheck check = check(RecoveryFixtures.SELF_CARE);
        ResultsViewModel results = new ResultsViewModel(check, ResultActions.NONE.withStartPlan(started::add));

        assertTrue(results.canStartPlan());
        results.startPlan();

        assertEquals(List.of(check), started);
        assertFalse(results.startPlanHint().contains("cleared"));
    }

    @Test
    void atAnUrgentLevelTheActionSaysAClearanceComesFirst() throws Exception {
        ResultsViewModel results = new ResultsViewModel(check(RecoveryFixtures.URGENT),
                ResultActions.NONE.withStartPlan(c -> { }));

        assertTrue(results.startPlanHint().contains("doctor or physiotherapist has cleared you"),
                results.startPlanHint());
        assertFalse(new ResultsViewModel(check(RecoveryFixtures.URGENT), ResultActions.NONE).canStartPlan());
    }
}
