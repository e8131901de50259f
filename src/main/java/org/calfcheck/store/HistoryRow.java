package org.calfcheck.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.LikelyCause;

/**
 * One line of a client's history.
 *
 * @param careLevel the care level; null only on a damaged row
 * @param topCauses titles of the most likely causes, at most three, most likely first
 * @param painNow   the "pain now" answer (0–10) when the runner gave a number
 * @param damage    what is wrong with a saved assessment that cannot be read; empty for a readable one
 */
public record HistoryRow(long assessmentId, Instant takenAt, CareLevel careLevel, List<String> topCauses,
                         Optional<Double> painNow, boolean hasNotes, Optional<String> damage) {
    public HistoryRow {
        topCauses = List.copyOf(topCauses);
    }

    /** The row for a saved assessment, read from what was saved (never recomputed). */
    public static HistoryRow of(SavedAssessment saved) {
        return new HistoryRow(saved.id(), saved.takenAt(), saved.assessment().careLevel(),
                saved.assessment().causes().stream().limit(3).map(LikelyCause::title).toList(), saved.painNow(),
                !saved.coachNotes().isBlank(), Optional.empty());
    }

    /** A marked row for an assessment that cannot be read; without a readable date it sorts first. */
    public static HistoryRow damaged(DamagedAssessment damaged) {
        return new HistoryRow(damaged.id(), damaged.takenAt().orElse(Instant.EPOCH), null, List.of(),
                Optional.empty(), false, Optional.of(damaged.problem()));
    }

    public boolean isDamaged() {
        return damage.isPresent();
    }
}
