package org.calfcheck.report.figure;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a {@link Figure} into a square on a PDF page (PDF y runs upwards, the figure's downwards). */
public final class PdfFigurePainter {

    private static final float[] BLACK = {0.1f, 0.1f, 0.1f};
    private static final float[] GREY = {0.45f, 0.45f, 0.45f};
    private static final float[] LIGHT_GREY = {0.6f, 0.6f, 0.6f};
    /** Dark orange: stands out in colour and prints as a mid grey with a solid head in black and white. */
    private static final float[] ACCENT = {0.8f, 0.33f, 0.0f};

    /**
     * @param left   left edge of the square in points
     * @param bottom bottom edge of the square in points
     * @param size   side of the square in points
     */
    public void paint(PDPageContentStream out, Figure figure, float left, float bottom, float size)
            throws IOException {
        Frame frame = new Frame(left, bottom + size, size / 100f);
        out.saveGraphicsState();
        out.setLineCapStyle(1);
        out.setLineJoinStyle(1);
        for (Stroke stroke : figure.strokes()) {
            style(out, stroke.role(), frame.scale);
            if (stroke instanceof Stroke.Circle circle) {
                circle(out, frame, circle);
            } else {
                path(out, frame, stroke.points(), stroke.role());
            }
        }
        out.restoreGraphicsState();
    }

    private static void style(PDPageContentStream out, StrokeRole role, float scale) throws IOException {
        float[] colour = switch (role) {
            case BODY -> BLACK;
            case PROP -> GREY;
            case GROUND -> LIGHT_GREY;
            case ACCENT -> ACCENT;
        };
        double width = switch (role) {
            case BODY, ACCENT -> Figure.STROKE_WIDTH;
            case PROP -> Figure.STROKE_WIDTH * 0.8;
            case GROUND -> Figure.STROKE_WIDTH * 0.5;
        };
        out.setStrokingColor(colour[0], colour[1], colour[2]);
        out.setNonStrokingColor(colour[0], colour[1], colour[2]);
        out.setLineWidth((float) Math.max(0.6, width * scale * 1.2));
    }

    private static void path(PDPageContentStream out, Frame frame, List<Point> points, StrokeRole role)
            throws IOException {
        out.moveTo(frame.x(points.get(0)), frame.y(points.get(0)));
        for (int i = 1; i < points.size(); i++) {
            out.lineTo(frame.x(points.get(i)), frame.y(points.get(i)));
        }
        out.stroke();
        if (role == StrokeRole.ACCENT) {
            arrowHead(out, frame, points.get(points.size() - 2), points.get(points.size() - 1));
        }
    }

    private static void arrowHead(PDPageContentStream out, Frame frame, Point from, Point tip) throws IOException {
        List<Point> corners = ArrowHead.corners(from, tip);
        out.moveTo(frame.x(tip), frame.y(tip));
        out.lineTo(frame.x(corners.get(0)), frame.y(corners.get(0)));
        out.lineTo(frame.x(corners.get(1)), frame.y(corners.get(1)));
        out.closePath();
        out.fill();
    }

    private static void circle(PDPageContentStream out, Frame frame, Stroke.Circle circle) throws IOException {
        float cx = frame.x(circle.centre());
        float cy = frame.y(circle.centre());
        float r = (float) circle.radius() * frame.scale;
        float k = 0.5523f * r; // Bézier control distance for a quarter circle
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
        if (circle.filled()) {
            out.fill();
        } else {
            out.stroke();
        }
    }

    private record Frame(float left, float top, float scale) {
        float x(Point p) {
            return left + (float) p.x() * scale;
        }

        float y(Point p) {
            return top - (float) p.y() * scale;
        }
    }
}
