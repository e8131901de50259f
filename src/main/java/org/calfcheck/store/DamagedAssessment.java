package org.calfcheck.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A saved assessment whose stored form cannot be read (cut short, edited by hand, a date out of range). It is
 * listed, marked, rather than hiding the readable ones around it.
 *
 * @param takenAt when it was taken, if that much can be read
 * @param problem what is wrong, in words
 */
public record DamagedAssessment(long id, long clientId, Optional<Instant> takenAt, String problem) {
}
