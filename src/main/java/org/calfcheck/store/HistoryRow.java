package org.calfcheck.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;

/**
 * One line of a client's history.
 *
 * @param topCauses titles of the most likely causes, at most three, most likely first
 * @param painNow   the "pain now" answer (0–10) when the runner gave a number
 */
public record HistoryRow(long assessmentId, Instant takenAt, CareLevel careLevel, List<String> topCauses,
                         Optional<Double> painNow, boolean hasNotes) {
    public HistoryRow {
        topCauses = List.copyOf(topCauses);
    }
}
