package org.calfcheck.report.figure;

import java.util.List;

/** The two back corners of a solid arrow head, shared by the PDF and JavaFX renderers. */
public final class ArrowHead {

    static final double LENGTH = 7;
    static final double HALF_WIDTH = 4;

    private ArrowHead() {
    }

    /** Corners (in figure units) of the triangle whose point is {@code tip}, aimed along {@code from → tip}. */
    public static List<Point> corners(Point from, Point tip) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double baseX = tip.x() - ux * LENGTH;
        double baseY = tip.y() - uy * LENGTH;
        return List.of(Point.of(baseX - uy * HALF_WIDTH, baseY + ux * HALF_WIDTH),
                Point.of(baseX + uy * HALF_WIDTH, baseY - ux * HALF_WIDTH));
    }
}
