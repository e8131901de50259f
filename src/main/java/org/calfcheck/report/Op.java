package org.calfcheck.report;

import java.util.List;
import java.util.Optional;
import org.calfcheck.report.figure.Figure;

/**
 * One drawing instruction on a laid-out page, in points from the page's top-left corner. The layout produces
 * them; {@link SheetWriter} only paints them, so what was measured is exactly what is drawn.
 */
sealed interface Op {

    Op moved(float dx, float dy);

    /** A line of text; {@code baseline} is where the letters sit. */
    record Text(float x, float baseline, List<Run> runs, float size, Ink ink) implements Op {
        public Text {
            runs = List.copyOf(runs);
        }

        @Override
        public Op moved(float dx, float dy) {
            return new Text(x + dx, baseline + dy, runs, size, ink);
        }
    }

    record Line(float x1, float y1, float x2, float y2, float width, Ink ink) implements Op {
        @Override
        public Op moved(float dx, float dy) {
            return new Line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width, ink);
        }
    }

    record Box(float x, float y, float width, float height, Optional<Ink> fill, Optional<Ink> border,
               float borderWidth) implements Op {
        @Override
        public Op moved(float dx, float dy) {
            return new Box(x + dx, y + dy, width, height, fill, border, borderWidth);
        }
    }

    /** An exercise drawing in a square whose top-left corner is (x, y). */
    record Drawing(Figure figure, float x, float y, float size) implements Op {
        @Override
        public Op moved(float dx, float dy) {
            return new Drawing(figure, x + dx, y + dy, size);
        }
    }
}
