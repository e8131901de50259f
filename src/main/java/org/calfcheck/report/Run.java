package org.calfcheck.report;

/** A piece of text in one weight; a wrapped line is a list of runs. */
record Run(String text, boolean bold) {
    static Run plain(String text) {
        return new Run(text, false);
    }

    static Run bold(String text) {
        return new Run(text, true);
    }
}
