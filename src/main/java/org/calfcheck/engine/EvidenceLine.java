package org.calfcheck.engine;

/**
 * One reason for or against a cause, in a runner's words ("you ran 50% more this week than usual").
 *
 * @param supports true when it speaks for the cause
 * @param ruleId   the rule that produced it, for authors and tests
 */
public record EvidenceLine(boolean supports, String reason, String ruleId) {
}
