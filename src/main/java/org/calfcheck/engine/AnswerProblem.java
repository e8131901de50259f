package org.calfcheck.engine;

/** Something wrong with one answer: an unknown question, a wrong type, a number out of range, a hidden question. */
public record AnswerProblem(String questionId, String message) {
    @Override
    public String toString() {
        return questionId + ": " + message;
    }
}
