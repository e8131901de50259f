package org.calfcheck.report;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.report.figure.FigureCatalog;

/**
 * Lays the sheet's blocks onto pages: whole blocks move to the next page, tables and the checklist split
 * between rows, a heading never ends a page. Tries denser styles until the sheet fits on two pages.
 */
final class SheetLayout {

    static final int MAX_PAGES = 2;

    private final TextMeasure measure;
    private final FigureCatalog figures;

    SheetLayout(TextMeasure measure, FigureCatalog figures) {
        this.measure = measure;
        this.figures = figures;
    }

    /**
     * One page in the normal or compact style when that is enough; otherwise the roomiest style that fits two
     * pages (denser styles shrink type and figures and put exercises two to a row, never dropping an item).
     */
    LaidOutSheet layout(SheetRequest request) {
        LaidOutSheet normal = layout(request, SheetStyle.NORMAL);
        if (normal.pages().size() == 1) {
            return normal;
        }
        LaidOutSheet compact = layout(request, SheetStyle.COMPACT);
        if (compact.pages().size() == 1 || normal.pages().size() <= MAX_PAGES) {
            return compact.pages().size() == 1 ? compact : normal;
        }
        if (compact.pages().size() <= MAX_PAGES) {
            return compact;
        }
        LaidOutSheet sheet = compact;
        for (SheetStyle style : SheetStyle.DENSER_IN_TURN.subList(2, SheetStyle.DENSER_IN_TURN.size())) {
            sheet = layout(request, style);
            if (sheet.pages().size() <= MAX_PAGES) {
                return sheet;
            }
        }
        return sheet;
    }

    LaidOutSheet layout(SheetRequest request, SheetStyle style) {
        Paper paper = request.paper();
        float width = paper.width() - 2 * style.margin();
        Typesetter type = new Typesetter(measure, style, width);
        List<Block> blocks = new ArrayList<>(new SheetBlocks(type, figures).build(request));
        float footerHeight = style.small() * 3;
        float bottom = paper.height() - style.margin() * 0.8f - footerHeight;
        float continuedTop = style.margin() * 0.8f + style.small() * 2.2f;

        List<List<Op>> pages = new ArrayList<>();
        List<Op> page = new ArrayList<>();
        float y = style.margin() * 0.8f;
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            float available = bottom - y;
            float needed = block.keepWithNext() && i + 1 < blocks.size()
                    ? block.height() + blocks.get(i + 1).minimumHeight()
                    : block.minimumHeight();
            boolean pageHasContent = !page.isEmpty();
            if (needed > available && pageHasContent) {
                pages.add(page);
                page = new ArrayList<>();
                y = continuedTop;
                continue;
            }
            if (block.height() <= available || !(block instanceof Block.Rows rows)) {
                page.addAll(Typesetter.moved(block.ops(), style.margin(), y));
                y += block.height();
                i++;
                continue;
            }
            int fitting = Math.max(1, rows.rowsFitting(available));
            page.addAll(Typesetter.moved(rows.firstRows(fitting).ops(), style.margin(), y));
            blocks.set(i, rows.rowsAfter(fitting));
            pages.add(page);
            page = new ArrayList<>();
            y = continuedTop;
        }
        pages.add(page);
        return new LaidOutSheet(paper, style, decorate(pages, request, style, paper));
    }

    /** Adds the footer to every page and a short running header to every page after the first. */
    private List<List<Op>> decorate(List<List<Op>> pages, SheetRequest request, SheetStyle style, Paper paper) {
        Wrapping wrapping = new Wrapping(measure);
        float left = style.margin();
        float right = paper.width() - style.margin();
        float size = style.small();
        float footerTop = paper.height() - style.margin() * 0.8f - size * 1.8f;
        List<List<Op>> out = new ArrayList<>();
        for (int n = 0; n < pages.size(); n++) {
            List<Op> page = new ArrayList<>(pages.get(n));
            page.add(new Op.Line(left, footerTop, right, footerTop, 0.5f, Ink.RULE));
            float baseline = footerTop + size * 1.5f;
            page.add(new Op.Text(left, baseline, List.of(Run.plain(SheetText.NOT_A_DIAGNOSIS)), size, Ink.MUTED));
            List<Run> pageNumber = List.of(Run.plain("Content " + request.assessment().contentVersion()
                    + " · Page " + (n + 1) + " of " + pages.size()));
            page.add(new Op.Text(right - wrapping.width(pageNumber, size), baseline, pageNumber, size, Ink.MUTED));
            if (n > 0) {
                String running = SheetText.TITLE + request.name().map(name -> " · " + name).orElse("") + " · "
                        + SheetText.date(request.date()) + " (continued)";
                page.add(new Op.Text(left, style.margin() * 0.8f + size,
                        List.of(Run.plain(measure.printable(running))), size, Ink.MUTED));
            }
            out.add(page);
        }
        return out;
    }
}
