package org.calfcheck.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.calfcheck.engine.recovery.PlanWeek;
import org.calfcheck.engine.recovery.StageView;
import org.calfcheck.report.Typesetter.Cell;
import org.calfcheck.report.Typesetter.Marker;

/**
 * The recovery plan's week as a section of the sheet: the stage and what to do each day, its exercises with
 * doses, one line per day with what that morning's check-in can change, and the tests to move on or step back.
 * Prints {@link PlanWeek} as the engine computed it; a paused plan prints its reason and nothing to do.
 */
final class PlanWeekBlocks {

    static final String HEADING = "This week's recovery plan";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final Typesetter type;
    private final SheetStyle style;

    PlanWeekBlocks(Typesetter type) {
        this.type = type;
        this.style = type.style();
    }

    List<Block> build(PlanWeek week) {
        List<Block> blocks = new ArrayList<>();
        StageView stage = week.stage();
        if (week.paused()) {
            blocks.add(type.heading(HEADING + ": paused"));
            blocks.add(type.paragraph(List.of(Run.bold(week.today().reason())), style.body(), Ink.ALERT,
                    Marker.NONE, 0));
            blocks.add(type.paragraph(List.of(Run.plain(week.days().get(0).todo() + " "
                    + week.days().get(week.days().size() - 1).note())), style.body(), Ink.TEXT, Marker.NONE, 1));
            return blocks;
        }
        blocks.add(type.heading(HEADING + ": stage " + stage.number() + " of " + stage.of() + ", " + stage.title()));
        blocks.add(type.paragraph(List.of(Run.bold("Each day: "), Run.plain(stage.today())), style.body(), Ink.TEXT,
                Marker.NONE, 0));
        List<List<Run>> exercises = stage.exercises().stream().map(e -> List.of(Run.bold(e.title()),
                Run.plain(e.dose().isEmpty() ? "" : ": " + e.dose()))).toList();
        if (!exercises.isEmpty()) {
            blocks.add(type.twoColumns(exercises, Marker.BULLET, style.body()));
        }
        blocks.add(days(week));
        criteria(blocks, "To move on to " + week.next().orElse("the next stage") + ", all of: ", week.moveOn(), "; ");
        criteria(blocks, "Step back a stage if any of: ", week.stepBack(), " or ");
        return blocks;
    }

    /** One row a day: the date on the left, what the morning can change on the right; today first and bold. */
    private Block days(PlanWeek week) {
        float size = style.small() + 0.5f;
        // wide enough for the longest date, bold, after its tick box: dates never wrap
        float dateWidth = type.wrapping().width(List.of(Run.bold("Today, Wed 30 Sep")), size) + size * 1.4f + 2;
        float gap = 8;
        List<Block.Row> rows = new ArrayList<>();
        for (int k = 0; k < week.days().size(); k++) {
            PlanWeek.Day day = week.days().get(k);
            String date = DAY.format(day.date());
            Cell left = type.text(List.of(k == 0 ? Run.bold("Today, " + date) : Run.plain(date)), size,
                    dateWidth, Ink.TEXT, Marker.CHECKBOX);
            Cell right = type.text(List.of(k == 0 ? Run.bold(day.note()) : Run.plain(day.note())),
                    size, type.width() - dateWidth - gap, k == 0 ? Ink.TEXT : Ink.MUTED, Marker.NONE);
            List<Op> ops = new ArrayList<>(left.ops());
            ops.addAll(Typesetter.moved(right.ops(), dateWidth + gap, 0));
            rows.add(new Block.Row(Math.max(left.height(), right.height()) + style.gap() * 0.35f,
                    Typesetter.moved(ops, 0, k == 0 ? style.gap() * 0.5f : 0)));
        }
        // the first row carries the space above the list
        Block.Row first = rows.get(0);
        rows.set(0, new Block.Row(first.height() + style.gap() * 0.5f, first.ops()));
        return new Block.Rows(Optional.empty(), rows);
    }

    private void criteria(List<Block> blocks, String lead, List<String> tests, String joiner) {
        if (!tests.isEmpty()) {
            blocks.add(type.paragraph(List.of(Run.bold(lead), Run.plain(String.join(joiner, tests) + ".")),
                    style.small() + 0.5f, Ink.TEXT, Marker.NONE, style.gap() * 0.4f));
        }
    }
}
