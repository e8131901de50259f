package org.calfcheck.report.figure;

import java.util.List;

/**
 * A line drawing of one exercise in a normalised 100×100 box: a stick figure, its props, the floor and one accent
 * arrow. Pure data, so the PDF and the JavaFX renderers draw the very same picture.
 */
public record Figure(String id, List<Stroke> strokes) {

    /** Body stroke width in box units: 2 px when the figure is drawn 100 px wide. */
    public static final double STROKE_WIDTH = 2.0;

    public Figure {
        strokes = List.copyOf(strokes);
    }

    public List<Stroke> strokes(StrokeRole role) {
        return strokes.stream().filter(s -> s.role() == role).toList();
    }
}
