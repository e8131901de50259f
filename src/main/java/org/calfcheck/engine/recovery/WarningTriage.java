package org.calfcheck.engine.recovery;

import java.util.Set;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ReturnPlan;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;

/**
 * Re-triages a check-in's warning signs through the check's own red flags: each ticked sign becomes the answer it
 * stands for, laid over the answers the plan started from, and the engine assesses the result. A sign never lowers
 * the level below {@link CareLevel#SOON}: a warning sign coming back is worth a professional's look.
 */
final class WarningTriage {

    private final Engine engine;
    private final ReturnPlan plan;

    WarningTriage(Engine engine) {
        this.engine = engine;
        this.plan = engine.content().plan();
    }

    Assessment assess(Answers baseline, Set<String> signs) {
        Answers answers = baseline;
        for (String id : signs) {
            var sign = plan.warningSign(id);
            if (sign.isPresent()) {
                answers = answers.with(sign.get().question(), new Answer.Chosen(sign.get().answer()));
            }
        }
        return engine.assess(answers);
    }

    static CareLevel pausedLevel(Assessment assessment) {
        return CareLevel.max(assessment.careLevel(), CareLevel.SOON);
    }
}
