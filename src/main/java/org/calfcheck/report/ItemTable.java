package org.calfcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.report.Typesetter.Cell;
import org.calfcheck.report.Typesetter.Marker;
import org.calfcheck.report.figure.FigureCatalog;

/** A routine section as a table: what (with its drawing), how, and how much. Splits between rows. */
final class ItemTable {

    private static final float PAD = 3f;

    private final Typesetter type;
    private final SheetStyle style;
    private final FigureCatalog figures;
    private final boolean drawings;

    ItemTable(Typesetter type, FigureCatalog figures, boolean drawings) {
        this.type = type;
        this.style = type.style();
        this.figures = figures;
        this.drawings = drawings;
    }

    Block.Rows build(String firstColumn, List<RoutineItem> items) {
        if (style.twoUp()) {
            return twoUp(items);
        }
        float figure = drawings ? style.figure() + PAD : 0;
        float titleWidth = type.width() * (drawings ? 0.16f : 0.2f);
        float doseWidth = type.width() * (drawings ? 0.25f : 0.27f);
        float[] x = {0, figure + titleWidth + 2 * PAD, type.width() - doseWidth};
        Block.Row header = headerRow(firstColumn, x);
        List<Block.Row> rows = new ArrayList<>();
        for (RoutineItem item : items) {
            rows.add(row(item, figure, titleWidth, x, doseWidth));
        }
        return new Block.Rows(Optional.of(header), rows);
    }

    private Block.Row headerRow(String firstColumn, float[] x) {
        float size = style.small();
        float height = size * 1.9f;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Box(0, 0, type.width(), height, Optional.of(Ink.HEADER_FILL), Optional.empty(), 0));
        String[] labels = {firstColumn, "How", "Dose"};
        for (int i = 0; i < labels.length; i++) {
            ops.add(new Op.Text(x[i] + PAD, size * 1.3f, List.of(Run.bold(labels[i])), size, Ink.TITLE));
        }
        return new Block.Row(height, ops);
    }

    private Block.Row row(RoutineItem item, float figure, float titleWidth, float[] x, float doseWidth) {
        List<Op> ops = new ArrayList<>();
        float textTop = PAD + 1;
        Cell title = type.text(List.of(Run.bold(item.title())), style.body(), titleWidth, Ink.TEXT, Marker.NONE);
        ops.addAll(Typesetter.moved(title.ops(), figure + PAD, textTop));
        Cell how = type.text(how(item), style.body(), x[2] - x[1] - 2 * PAD, Ink.TEXT, Marker.NONE);
        ops.addAll(Typesetter.moved(how.ops(), x[1] + PAD, textTop));
        float used = how.height();
        if (!item.cautions().isEmpty()) {
            Cell careful = type.text(List.of(Run.bold("Careful: "), Run.plain(item.cautions().get(0))),
                    style.small(), x[2] - x[1] - 2 * PAD, Ink.MUTED, Marker.NONE);
            ops.addAll(Typesetter.moved(careful.ops(), x[1] + PAD, textTop + used + 1));
            used += careful.height() + 1;
        }
        if (!item.mainReason().isEmpty()) {
            Cell why = type.text(List.of(Run.plain(item.mainReason())), style.small(), x[2] - x[1] - 2 * PAD, Ink.MUTED,
                    Marker.NONE);
            ops.addAll(Typesetter.moved(why.ops(), x[1] + PAD, textTop + used + 1));
            used += why.height() + 1;
        }
        String doseText = item.doseText() == null || item.doseText().isBlank() ? "as it suits you" : item.doseText();
        Cell dose = type.text(List.of(Run.bold(doseText)), style.body(), doseWidth - 2 * PAD, Ink.TEXT, Marker.NONE);
        ops.addAll(Typesetter.moved(dose.ops(), x[2] + PAD, textTop));
        float height = Math.max(Math.max(title.height(), used), dose.height()) + 2 * PAD + 2;
        if (drawings) {
            height = Math.max(height, style.figure() + 2 * PAD);
            ops.add(new Op.Drawing(figures.forExercise(item.id()), PAD / 2, PAD, style.figure()));
        }
        ops.add(new Op.Line(0, height, type.width(), height, 0.5f, Ink.RULE));
        return new Block.Row(height, ops);
    }

    /** Two items to a row, each as (drawing,) title, how and dose: about half the height of the table form. */
    private Block.Rows twoUp(List<RoutineItem> items) {
        float gutter = 10;
        float cell = (type.width() - gutter) / 2;
        List<Block.Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 2) {
            List<Op> ops = new ArrayList<>();
            float height = 0;
            for (int j = i; j < Math.min(i + 2, items.size()); j++) {
                Typesetter.Cell one = card(items.get(j), cell);
                ops.addAll(Typesetter.moved(one.ops(), (j - i) * (cell + gutter), 0));
                height = Math.max(height, one.height());
            }
            ops.add(new Op.Line(0, height, type.width(), height, 0.5f, Ink.RULE));
            rows.add(new Block.Row(height, ops));
        }
        return new Block.Rows(Optional.empty(), rows);
    }

    private Typesetter.Cell card(RoutineItem item, float width) {
        float textX = drawings ? style.figure() + 2 * PAD : PAD;
        float textWidth = width - textX;
        List<Run> runs = new ArrayList<>();
        runs.add(Run.bold(item.title() + ". "));
        runs.addAll(how(item));
        if (!item.cautions().isEmpty()) {
            runs.add(Run.bold(" Careful: "));
            runs.add(Run.plain(item.cautions().get(0)));
        }
        if (!item.mainReason().isEmpty()) {
            runs.add(Run.plain(" " + item.mainReason()));
        }
        Cell text = type.text(runs, style.body(), textWidth, Ink.TEXT, Marker.NONE);
        String doseText = item.doseText() == null || item.doseText().isBlank() ? "as it suits you" : item.doseText();
        Cell dose = type.text(List.of(Run.bold("Dose: " + doseText)), style.body(), textWidth, Ink.TITLE,
                Marker.NONE);
        List<Op> ops = new ArrayList<>(Typesetter.moved(text.ops(), textX, PAD));
        ops.addAll(Typesetter.moved(dose.ops(), textX, PAD + text.height() + 1));
        float height = text.height() + dose.height() + 1 + 2 * PAD;
        if (drawings) {
            ops.add(new Op.Drawing(figures.forExercise(item.id()), PAD / 2, PAD, style.figure()));
            height = Math.max(height, style.figure() + 2 * PAD);
        }
        return new Cell(height, ops);
    }

    /**
     * The item's summary; its steps only when it has no summary. A fridge sheet must stay readable at a
     * glance: the full steps are in the app, the drawing and the dose carry the rest.
     */
    private static List<Run> how(RoutineItem item) {
        String text = item.summary().isBlank() ? String.join(" ", item.steps()) : item.summary();
        return List.of(Run.plain(text.strip()));
    }
}
