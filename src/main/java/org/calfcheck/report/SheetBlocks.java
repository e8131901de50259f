package org.calfcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.Routine;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.RoutineSection;
import org.calfcheck.report.Typesetter.Cell;
import org.calfcheck.report.Typesetter.Marker;
import org.calfcheck.report.figure.FigureCatalog;

/**
 * The sheet's content as measured blocks, top to bottom. Renders {@code assessment.routine()} and nothing else:
 * withheld items never appear, only their number.
 */
final class SheetBlocks {

    private static final float PAD = 3f;
    /** The shoe tip shows the runner's own shoe distance in place of its generic line. */
    private static final String REPLACE_SHOES = "fw_replace";
    private static final String PREVENTION = "prevention";

    private final Typesetter type;
    private final SheetStyle style;
    private final FigureCatalog figures;

    SheetBlocks(Typesetter type, FigureCatalog figures) {
        this.type = type;
        this.style = type.style();
        this.figures = figures;
    }

    List<Block> build(SheetRequest request) {
        Assessment assessment = request.assessment();
        List<Block> blocks = new ArrayList<>();
        blocks.add(header(request));
        if (assessment.careLevel() == CareLevel.SELF_CARE) {
            blocks.add(type.paragraph(List.of(Run.bold(SheetText.careLevel(CareLevel.SELF_CARE))),
                    style.body() + 1, Ink.TEXT, Marker.NONE, style.gap()));
        } else {
            blocks.add(seekCareBox(assessment));
        }
        causes(assessment, blocks);
        routine(request, blocks);
        request.planWeek().ifPresent(week -> blocks.addAll(new PlanWeekBlocks(type).build(week)));
        getHelp(assessment, blocks);
        return blocks;
    }

    private Block header(SheetRequest request) {
        float width = type.width();
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Text(0, style.title(), List.of(Run.bold(SheetText.TITLE)), style.title(), Ink.TITLE));
        List<Run> date = List.of(Run.plain(SheetText.date(request.date())));
        float dateWidth = type.wrapping().width(date, style.body());
        if (request.name().isPresent()) {
            float nameSize = style.body() + 2;
            Cell name = type.text(List.of(Run.bold(request.name().get())), nameSize, width * 0.5f, Ink.TEXT,
                    Marker.NONE);
            for (Op op : name.ops()) {
                Op.Text line = (Op.Text) op;
                float lineWidth = type.wrapping().width(line.runs(), nameSize);
                ops.add(line.moved(width - lineWidth, 0));
            }
            ops.add(new Op.Text(width - dateWidth, name.height() + style.body(), date, style.body(), Ink.MUTED));
        } else {
            ops.add(new Op.Text(width - dateWidth, style.title(), date, style.body(), Ink.MUTED));
        }
        float bottom = ops.stream().filter(Op.Text.class::isInstance).map(Op.Text.class::cast)
                .map(t -> t.baseline() + t.size() * 0.3f).reduce(0f, Math::max) + 2;
        ops.add(new Op.Line(0, bottom, width, bottom, 1.2f, Ink.TITLE));
        return new Block.Fixed(bottom + 1, ops, false);
    }

    /** The care level and every raised flag's action with its reasons, bold in a red box, before anything else. */
    private Block seekCareBox(Assessment assessment) {
        float inner = type.width() - 2 * (PAD + 4);
        List<Op> ops = new ArrayList<>();
        float y = PAD + 3;
        CareLevel level = assessment.careLevel();
        Cell head = type.text(List.of(Run.bold(SheetText.careLevel(level))),
                style.heading(), inner, Ink.ALERT, Marker.NONE);
        ops.addAll(Typesetter.moved(head.ops(), PAD + 4, y));
        y += head.height() + 2;
        for (RaisedFlag flag : assessment.redFlags()) {
            Cell action = type.text(List.of(Run.bold(flag.title() + ": " + flag.action())), style.body() + 0.5f,
                    inner, Ink.TEXT, Marker.BULLET);
            ops.addAll(Typesetter.moved(action.ops(), PAD + 4, y));
            y += action.height();
            if (!flag.reasons().isEmpty()) {
                Cell why = type.text(List.of(Run.bold("Because "), Run.plain(String.join("; ", flag.reasons()) + ".")),
                        style.body(), inner - style.body() * 1.4f, Ink.TEXT, Marker.NONE);
                ops.addAll(Typesetter.moved(why.ops(), PAD + 4 + style.body() * 1.4f, y));
                y += why.height();
            }
            y += 1.5f;
        }
        if (!assessment.withheld().isEmpty() && !assessment.routine().isEmpty()) {
            Cell held = type.text(List.of(Run.plain(SheetText.heldBack(assessment.withheld().size()))),
                    style.small() + 0.5f, inner, Ink.MUTED, Marker.NONE);
            ops.addAll(Typesetter.moved(held.ops(), PAD + 4, y));
            y += held.height();
        }
        float top = style.gap();
        float height = y + PAD + 1;
        List<Op> all = new ArrayList<>();
        all.add(new Op.Box(0, top, type.width(), height, Optional.of(Ink.ALERT_FILL), Optional.of(Ink.ALERT), 2f));
        all.addAll(Typesetter.moved(ops, 0, top));
        return new Block.Fixed(top + height, all, false);
    }

    private void causes(Assessment assessment, List<Block> blocks) {
        blocks.add(type.heading("Likely causes"));
        if (assessment.causes().isEmpty()) {
            blocks.add(type.paragraph(List.of(Run.plain("No clear cause stood out from your answers.")),
                    style.body(), Ink.TEXT, Marker.NONE, 0));
            return;
        }
        for (LikelyCause cause : assessment.causes()) {
            blocks.add(type.paragraph(List.of(Run.bold(cause.title()),
                    Run.plain(" (" + SheetText.strength(cause.strength()) + "): " + firstSentence(cause.summary()))),
                    style.body(), Ink.TEXT, Marker.BULLET, 1));
        }
    }

    private void routine(SheetRequest request, List<Block> blocks) {
        Routine routine = request.assessment().routine();
        if (routine.isEmpty()) {
            blocks.add(type.heading("Your routine"));
            blocks.add(type.paragraph(List.of(Run.bold(SheetText.emptyRoutine(request.assessment().careLevel()))),
                    style.body() + 0.5f, Ink.TEXT, Marker.NONE, 0));
            return;
        }
        // the engine's sections, in its order; only prevention is a tick-box list rather than a table
        for (RoutineSection section : routine.sections()) {
            blocks.add(type.heading(section.title() + ": " + lowerFirst(section.intro())));
            if (section.id().equals(PREVENTION)) {
                blocks.add(type.twoColumns(checklist(request, section.items()), Marker.CHECKBOX, style.body()));
            } else {
                boolean exercises = section.items().stream().noneMatch(i -> i.kind().equals("RECOVERY"));
                blocks.add(new ItemTable(type, figures, exercises).build(exercises ? "Exercise" : "Step",
                        section.items()));
            }
        }
    }

    /** Only the tips the engine chose: a shoe or 10% line the runner has no reason for would not fit them. */
    private static List<List<Run>> checklist(SheetRequest request, List<RoutineItem> items) {
        List<List<Run>> checks = new ArrayList<>();
        for (RoutineItem item : items) {
            // advice carries its tick-box line as its one step; the summary stands in when it has none
            String line = item.steps().isEmpty() ? item.summary() : item.steps().get(0);
            if (item.id().equals(REPLACE_SHOES)) {
                line = SheetText.footwear(request.units(), request.shoeDistance());
            }
            List<Run> runs = new ArrayList<>(List.of(Run.bold(item.title()),
                    Run.plain(line.isBlank() ? "" : ": " + line)));
            if (!item.mainReason().isEmpty()) {
                runs.add(Run.plain(" (" + lowerFirst(item.mainReason()) + ")"));
            }
            checks.add(runs);
        }
        return checks;
    }

    private static String lowerFirst(String text) {
        String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    private void getHelp(Assessment assessment, List<Block> blocks) {
        blocks.add(type.heading("Get help if…"));
        for (RaisedFlag flag : assessment.redFlags()) {
            blocks.add(type.paragraph(List.of(Run.bold("Now: "), Run.plain(flag.action())), style.body(), Ink.ALERT,
                    Marker.BULLET, 0));
        }
        List<List<Run>> signs = assessment.getHelpIf().stream().map(s -> List.of(Run.plain(s))).toList();
        if (!signs.isEmpty()) {
            blocks.add(type.twoColumns(signs, Marker.BULLET, style.small() + 0.5f));
        }
    }

    static String firstSentence(String text) {
        String trimmed = text.strip();
        for (int i = 0; i < trimmed.length() - 1; i++) {
            char c = trimmed.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(trimmed.charAt(i + 1))) {
                return trimmed.substring(0, i + 1);
            }
        }
        return trimmed;
    }
}
