package org.calfcheck.engine.recovery;

import java.time.LocalDate;

/**
 * A professional has seen the runner and cleared them to (re)start the plan: needed to start or resume at an
 * urgent or emergency care level.
 *
 * @param note who cleared the runner and what they said, in the runner's words
 */
public record Clearance(LocalDate day, String note) {
}
