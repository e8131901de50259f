package org.calfcheck.report;

/** Width of text in points, from the real font metrics; also says which characters the font can draw. */
interface TextMeasure {

    float width(String text, boolean bold, float size);

    /** The text with every character the font cannot draw replaced, so measuring and drawing never fail. */
    String printable(String text);
}
