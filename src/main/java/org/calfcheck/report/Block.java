package org.calfcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A measured piece of the sheet, laid out at a given top. Text blocks and boxes move to the next page whole;
 * row blocks (tables, the checklist) split between rows.
 */
sealed interface Block {

    float height();

    /** Ops with the block's top-left at (0, 0). */
    List<Op> ops();

    /** True for headings: never left alone at the bottom of a page. */
    default boolean keepWithNext() {
        return false;
    }

    /** The smallest first piece this block can be split into (its whole height when it cannot split). */
    default float minimumHeight() {
        return height();
    }

    /** Pre-positioned ops of a fixed height, such as a heading or a paragraph. */
    record Fixed(float height, List<Op> ops, boolean keepWithNext) implements Block {
        public Fixed {
            ops = List.copyOf(ops);
        }
    }

    /** One row of a table or of the checklist, with ops relative to the row's top-left. */
    record Row(float height, List<Op> ops) {
        public Row {
            ops = List.copyOf(ops);
        }
    }

    /** Rows under an optional header row that is repeated when the block continues on the next page. */
    record Rows(Optional<Row> header, List<Row> rows) implements Block {
        public Rows {
            rows = List.copyOf(rows);
        }

        @Override
        public float height() {
            return headerHeight() + (float) rows.stream().mapToDouble(Row::height).sum();
        }

        @Override
        public float minimumHeight() {
            return headerHeight() + (rows.isEmpty() ? 0 : rows.get(0).height());
        }

        @Override
        public List<Op> ops() {
            List<Op> out = new ArrayList<>();
            float y = 0;
            if (header.isPresent()) {
                for (Op op : header.get().ops()) {
                    out.add(op.moved(0, y));
                }
                y += header.get().height();
            }
            for (Row row : rows) {
                for (Op op : row.ops()) {
                    out.add(op.moved(0, y));
                }
                y += row.height();
            }
            return out;
        }

        /** How many rows fit in {@code available} points (at least zero). */
        int rowsFitting(float available) {
            float used = headerHeight();
            int count = 0;
            for (Row row : rows) {
                if (used + row.height() > available) {
                    break;
                }
                used += row.height();
                count++;
            }
            return count;
        }

        Rows firstRows(int count) {
            return new Rows(header, rows.subList(0, count));
        }

        Rows rowsAfter(int count) {
            return new Rows(header, rows.subList(count, rows.size()));
        }

        private float headerHeight() {
            return header.map(Row::height).orElse(0f);
        }
    }
}
