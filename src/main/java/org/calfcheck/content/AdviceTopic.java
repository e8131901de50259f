package org.calfcheck.content;

/** The three kinds of prevention advice. */
public enum AdviceTopic {
    FORM,
    FOOTWEAR,
    PROGRESSION
}
