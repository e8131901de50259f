package org.calfcheck.content;

/** The kinds of question, each with its own answer type (see docs/answers-format.md). */
public enum QuestionType {
    /** One of the question's choices, by id. */
    SINGLE_CHOICE,
    /** Any number of the question's choices, by id. */
    MULTI_CHOICE,
    /** "yes" or "no". */
    YES_NO,
    /** A number in the question's unit and range. */
    NUMBER,
    /** A whole number from 0 to 10. */
    SCALE
}
