package org.calfcheck.ui.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.WarningSign;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Clearance;
import org.calfcheck.engine.recovery.PlanDay;
import org.calfcheck.engine.recovery.StageView;
import org.calfcheck.store.Client;
import org.calfcheck.store.SavedAssessment;

/**
 * One client's recovery as the engine computed it on {@code today}: read off the FX thread, shown as it is.
 *
 * @param today        today's plan day; empty without a plan (or before its first day)
 * @param stage        today's stage in words
 * @param days         every day of the plan so far, oldest first
 * @param latest       the client's newest saved check, to start a plan from
 * @param warningSigns the plan's warning signs, for the check-in's tick boxes
 */
public record RecoveryState(Client client, LocalDate date, boolean hasPlan, Optional<PlanDay> today,
                            Optional<StageView> stage, List<PlanDay> days, List<CheckIn> checkIns,
                            List<Clearance> clearances, Optional<SavedAssessment> latest,
                            List<WarningSign> warningSigns) {

    public RecoveryState {
        days = List.copyOf(days);
        checkIns = List.copyOf(checkIns);
        clearances = List.copyOf(clearances);
        warningSigns = List.copyOf(warningSigns);
    }
}
