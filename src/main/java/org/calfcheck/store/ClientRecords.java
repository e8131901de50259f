package org.calfcheck.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A client's saved assessments as read from the file: every readable one, oldest first, and the damaged ones
 * apart, so one bad row never hides the rest.
 */
public record ClientRecords(List<SavedAssessment> readable, List<DamagedAssessment> damaged) {

    public ClientRecords {
        readable = List.copyOf(readable);
        damaged = List.copyOf(damaged);
    }

    /** The history, oldest first, with each damaged assessment as a marked row where its date puts it. */
    public List<HistoryRow> history() {
        List<HistoryRow> rows = new ArrayList<>(readable.stream().map(HistoryRow::of).toList());
        damaged.stream().map(HistoryRow::damaged).forEach(rows::add);
        rows.sort(Comparator.comparing(HistoryRow::takenAt).thenComparingLong(HistoryRow::assessmentId));
        return rows;
    }
}
