package org.calfcheck.ui.sheet;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.calfcheck.report.figure.ArrowHead;
import org.calfcheck.report.figure.Figure;
import org.calfcheck.report.figure.FigureCatalog;
import org.calfcheck.report.figure.Point;
import org.calfcheck.report.figure.Stroke;
import org.calfcheck.report.figure.StrokeRole;

/**
 * An exercise's line drawing for the app: the same {@link Figure} the printed sheet shows, drawn on a square
 * canvas. The ink colour is a parameter so a dark theme can pass a light one.
 */
public final class FigureNode extends Canvas {

    /** Dark orange, the sheet's accent: visible on light and dark backgrounds. */
    public static final Color ACCENT = Color.rgb(204, 84, 0);

    private final Figure figure;
    private final Color ink;

    public FigureNode(Figure figure, double size, Color ink) {
        super(size, size);
        this.figure = figure;
        this.ink = ink;
        getStyleClass().add("exercise-figure");
        setAccessibleText("Drawing: " + figure.id().replace('_', ' '));
        draw();
    }

    /** The drawing for an exercise id (a plain standing figure for ids without one), in near-black ink. */
    public static FigureNode forExercise(String exerciseId, double size) {
        return new FigureNode(new FigureCatalog().forExercise(exerciseId), size, Color.rgb(26, 26, 26));
    }

    public Figure figure() {
        return figure;
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double scale = getWidth() / 100;
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Stroke stroke : figure.strokes()) {
            Color colour = colour(stroke.role());
            g.setStroke(colour);
            g.setFill(colour);
            g.setLineWidth(Math.max(1, width(stroke.role()) * scale));
            if (stroke instanceof Stroke.Circle circle) {
                double r = circle.radius() * scale;
                double x = circle.centre().x() * scale - r;
                double y = circle.centre().y() * scale - r;
                if (circle.filled()) {
                    g.fillOval(x, y, 2 * r, 2 * r);
                } else {
                    g.strokeOval(x, y, 2 * r, 2 * r);
                }
            } else {
                polyline(g, stroke.points(), scale);
                if (stroke.role() == StrokeRole.ACCENT) {
                    arrowHead(g, stroke.points(), scale);
                }
            }
        }
    }

    private static void polyline(GraphicsContext g, List<Point> points, double scale) {
        double[] xs = points.stream().mapToDouble(p -> p.x() * scale).toArray();
        double[] ys = points.stream().mapToDouble(p -> p.y() * scale).toArray();
        g.strokePolyline(xs, ys, points.size());
    }

    private static void arrowHead(GraphicsContext g, List<Point> points, double scale) {
        Point tip = points.get(points.size() - 1);
        List<Point> corners = ArrowHead.corners(points.get(points.size() - 2), tip);
        g.fillPolygon(new double[] {tip.x() * scale, corners.get(0).x() * scale, corners.get(1).x() * scale},
                new double[] {tip.y() * scale, corners.get(0).y() * scale, corners.get(1).y() * scale}, 3);
    }

    private Color colour(StrokeRole role) {
        return switch (role) {
            case BODY -> ink;
            case PROP -> ink.deriveColor(0, 1, 1, 0.6);
            case GROUND -> ink.deriveColor(0, 1, 1, 0.4);
            case ACCENT -> ACCENT;
        };
    }

    private static double width(StrokeRole role) {
        return switch (role) {
            case BODY, ACCENT -> Figure.STROKE_WIDTH;
            case PROP -> Figure.STROKE_WIDTH * 0.8;
            case GROUND -> Figure.STROKE_WIDTH * 0.5;
        };
    }
}
