package org.calfcheck.ui.coach;

import java.time.Instant;

/** One point of the pain trend: when, and the "pain now" answer (0–10). */
public record PainPoint(Instant takenAt, double pain) {
}
