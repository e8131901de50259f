package org.calfcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns text into measured blocks and cells for one style and one content width. */
final class Typesetter {

    /** A marker in front of a paragraph. */
    enum Marker { NONE, BULLET, CHECKBOX }

    /** Wrapped text ready to place: its ops relative to the top-left and its height. */
    record Cell(float height, List<Op> ops) {
    }

    private final Wrapping wrapping;
    private final SheetStyle style;
    private final float width;

    Typesetter(TextMeasure measure, SheetStyle style, float width) {
        this.wrapping = new Wrapping(measure);
        this.style = style;
        this.width = width;
    }

    SheetStyle style() {
        return style;
    }

    float width() {
        return width;
    }

    Wrapping wrapping() {
        return wrapping;
    }

    /** Text wrapped into {@code cellWidth}, with an optional marker hanging to its left. */
    Cell text(List<Run> runs, float size, float cellWidth, Ink ink, Marker marker) {
        float indent = marker == Marker.NONE ? 0 : size * 1.4f;
        List<List<Run>> lines = wrapping.wrap(runs, size, cellWidth - indent);
        float lineHeight = style.lineHeight(size);
        List<Op> ops = new ArrayList<>();
        float baseline = size;
        for (List<Run> line : lines) {
            ops.add(new Op.Text(indent, baseline, line, size, ink));
            baseline += lineHeight;
        }
        if (marker == Marker.BULLET) {
            ops.add(new Op.Box(size * 0.3f, size * 0.42f, size * 0.32f, size * 0.32f, Optional.of(ink),
                    Optional.empty(), 0));
        } else if (marker == Marker.CHECKBOX) {
            float box = size * 0.95f;
            ops.add(new Op.Box(0, size * 0.05f, box, box, Optional.empty(), Optional.of(Ink.TEXT), 0.8f));
        }
        float height = lines.isEmpty() ? 0 : size + (lines.size() - 1) * lineHeight + size * 0.3f;
        return new Cell(height, ops);
    }

    Block.Fixed paragraph(List<Run> runs, float size, Ink ink, Marker marker, float spaceBefore) {
        Cell cell = text(runs, size, width, ink, marker);
        return new Block.Fixed(spaceBefore + cell.height(), moved(cell.ops(), 0, spaceBefore), false);
    }

    Block.Fixed heading(String text) {
        float before = style.gap() * 1.6f;
        Cell cell = text(List.of(Run.bold(text)), style.heading(), width, Ink.TITLE, Marker.NONE);
        List<Op> ops = new ArrayList<>(moved(cell.ops(), 0, before));
        float ruleY = before + cell.height() + 1;
        ops.add(new Op.Line(0, ruleY, width, ruleY, 0.6f, Ink.RULE));
        return new Block.Fixed(ruleY + style.gap() * 0.6f, ops, true);
    }

    /** Items in two columns, read left to right; each pair of items is one row, so the block splits by row. */
    Block.Rows twoColumns(List<List<Run>> items, Marker marker, float size) {
        float gutter = 12;
        float column = (width - gutter) / 2;
        List<Block.Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) {
            Cell left = text(items.get(i), size, column, Ink.TEXT, marker);
            List<Op> ops = new ArrayList<>(left.ops());
            float height = left.height();
            if (i + 1 < items.size()) {
                Cell right = text(items.get(i + 1), size, column, Ink.TEXT, marker);
                ops.addAll(Typesetter.moved(right.ops(), column + gutter, 0));
                height = Math.max(height, right.height());
            }
            rows.add(new Block.Row(height + style.gap() * 0.5f, Typesetter.moved(ops, 0, 1)));
        }
        return new Block.Rows(Optional.empty(), rows);
    }

    static List<Op> moved(List<Op> ops, float dx, float dy) {
        return ops.stream().map(op -> op.moved(dx, dy)).toList();
    }
}
