package org.calfcheck.content;

/**
 * A warning sign the daily check-in asks again, and the questionnaire answer it stands for, so the same red-flag
 * rules as the check decide what it means.
 *
 * @param question the questionnaire question the sign answers
 * @param answer   the choice id ("yes", or one of the question's choices) a ticked sign gives that question
 */
public record WarningSign(String id, String label, String question, String answer) {
}
