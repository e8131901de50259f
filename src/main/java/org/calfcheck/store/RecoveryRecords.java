package org.calfcheck.store;

import java.util.List;
import java.util.Optional;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Clearance;

/** Everything of one client's recovery journal: the plan (if any), clearances and check-ins, oldest first. */
public record RecoveryRecords(Optional<StoredPlan> plan, List<Clearance> clearances, List<CheckIn> checkIns) {

    public static final RecoveryRecords NONE = new RecoveryRecords(Optional.empty(), List.of(), List.of());

    public RecoveryRecords {
        clearances = List.copyOf(clearances);
        checkIns = List.copyOf(checkIns);
    }

    public boolean isEmpty() {
        return plan.isEmpty() && clearances.isEmpty() && checkIns.isEmpty();
    }
}
