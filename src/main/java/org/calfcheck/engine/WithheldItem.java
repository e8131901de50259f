package org.calfcheck.engine;

/**
 * An item kept out of the routine.
 *
 * @param because the red flag that withheld it
 * @param reason  why, in a runner's words ("massage could move a clot")
 */
public record WithheldItem(String id, String title, String because, String reason) {
}
