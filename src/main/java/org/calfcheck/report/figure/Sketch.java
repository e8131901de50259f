package org.calfcheck.report.figure;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Figure} from coordinate lists, so each pose in {@link FigureCatalog} reads as a few lines. */
final class Sketch {

    static final double GROUND_Y = 92;
    private static final double HEAD_RADIUS = 6;

    private final List<Stroke> strokes = new ArrayList<>();

    Sketch ground() {
        return add(StrokeRole.GROUND, 4, GROUND_Y, 96, GROUND_Y);
    }

    Sketch wall(double x) {
        return add(StrokeRole.PROP, x, 6, x, GROUND_Y);
    }

    Sketch head(double x, double y) {
        return head(x, y, HEAD_RADIUS);
    }

    Sketch head(double x, double y, double radius) {
        strokes.add(new Stroke.Circle(Point.of(x, y), radius, false, StrokeRole.BODY));
        return this;
    }

    /** A body line through the given x, y pairs: torso, an arm, a leg or a foot. */
    Sketch body(double... xy) {
        return add(StrokeRole.BODY, xy);
    }

    Sketch prop(double... xy) {
        return add(StrokeRole.PROP, xy);
    }

    /** The movement arrow along the given points; the head sits at the last one. */
    Sketch arrow(double... xy) {
        return add(StrokeRole.ACCENT, xy);
    }

    Sketch arcArrow(double cx, double cy, double radius, double startDegrees, double extentDegrees) {
        strokes.add(new Stroke.Arc(Point.of(cx, cy), radius, startDegrees, extentDegrees, StrokeRole.ACCENT));
        return this;
    }

    Figure build(String id) {
        return new Figure(id, strokes);
    }

    private Sketch add(StrokeRole role, double... xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("coordinates come in x, y pairs");
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(Point.of(xy[i], xy[i + 1]));
        }
        strokes.add(new Stroke.Polyline(points, role));
        return this;
    }
}
