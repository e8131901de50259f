package org.calfcheck.report.figure;

import java.util.List;

/** One mark in a figure. Renderers draw every kind the same way, whatever the output. */
public sealed interface Stroke {

    StrokeRole role();

    /** The stroke as points to join with straight lines (a circle gives its outline). */
    List<Point> points();

    /** Connected straight segments; an {@link StrokeRole#ACCENT} polyline gets an arrow head at its last point. */
    record Polyline(List<Point> points, StrokeRole role) implements Stroke {
        public Polyline {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a polyline needs two points, got " + points.size());
            }
        }
    }

    /** A circle (the head); filled circles mark a ball or a hand hold. */
    record Circle(Point centre, double radius, boolean filled, StrokeRole role) implements Stroke {
        @Override
        public List<Point> points() {
            return new Arc(centre, radius, 0, 360, role).points();
        }
    }

    /**
     * Part of a circle, angles in degrees, 0 pointing right and positive turning clockwise on screen.
     * An {@link StrokeRole#ACCENT} arc gets an arrow head at its end.
     */
    record Arc(Point centre, double radius, double startDegrees, double extentDegrees, StrokeRole role)
            implements Stroke {

        /** The arc as a polyline of short segments, so renderers without arcs can draw it. */
        public List<Point> points() {
            int steps = Math.max(6, (int) Math.ceil(Math.abs(extentDegrees) / 8));
            java.util.ArrayList<Point> points = new java.util.ArrayList<>(steps + 1);
            for (int i = 0; i <= steps; i++) {
                double angle = Math.toRadians(startDegrees + extentDegrees * i / steps);
                points.add(new Point(centre.x() + radius * Math.cos(angle), centre.y() + radius * Math.sin(angle)));
            }
            return points;
        }
    }
}
