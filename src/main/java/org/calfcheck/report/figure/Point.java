package org.calfcheck.report.figure;

/** A point in a figure's normalised 100×100 box; x to the right, y downwards (as on a screen). */
public record Point(double x, double y) {
    public static Point of(double x, double y) {
        return new Point(x, y);
    }
}
