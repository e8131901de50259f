package org.calfcheck.content;

/**
 * The pain-monitoring limits (Silbernagel et al. 2007) every stage shares; the engine never progresses past them
 * whatever a stage's own criteria say.
 *
 * @param acceptableDuring the highest pain during or after activity (0–10) that still allows progress
 * @param settledMorning   the highest pain the next morning that counts as settled
 * @param weeklyRise       how many points the weekly average of pain during activity may rise before it counts as rising
 */
public record PainModel(int acceptableDuring, int settledMorning, double weeklyRise) {
}
