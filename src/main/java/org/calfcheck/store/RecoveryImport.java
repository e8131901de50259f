package org.calfcheck.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Clearance;

/**
 * Writes an imported client's recovery journal inside the import's transaction. Merging never overwrites: the
 * existing plan and the existing check-in of a day win, and a clearance already recorded is not doubled.
 */
final class RecoveryImport {

    private final RecoveryJournal journal;

    RecoveryImport(ClientStore store) {
        // only the transaction-level writes are used, which never read the clock
        this.journal = new RecoveryJournal(store, Clock.systemUTC());
    }

    void add(long clientId, RecoveryRecords records) throws SQLException {
        if (records.plan().isPresent()) {
            journal.writePlan(clientId, records.plan().get());
        }
        for (Clearance clearance : records.clearances()) {
            journal.insertClearance(clientId, clearance);
        }
        for (CheckIn checkIn : records.checkIns()) {
            journal.writeCheckIn(clientId, checkIn);
        }
    }

    void merge(long clientId, RecoveryRecords records) throws SQLException, StoreException {
        if (records.plan().isPresent() && journal.plan(clientId).isEmpty()) {
            journal.writePlan(clientId, records.plan().get());
        }
        Set<Clearance> clearances = new HashSet<>(journal.clearances(clientId));
        for (Clearance clearance : records.clearances()) {
            if (clearances.add(clearance)) {
                journal.insertClearance(clientId, clearance);
            }
        }
        Set<LocalDate> days = new HashSet<>();
        journal.checkIns(clientId).forEach(c -> days.add(c.day()));
        for (CheckIn checkIn : records.checkIns()) {
            if (days.add(checkIn.day())) {
                journal.writeCheckIn(clientId, checkIn);
            }
        }
    }
}
