package org.calfcheck.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.recovery.PlanWeek;
import org.calfcheck.engine.Engine;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.PlanDay;
import org.calfcheck.engine.recovery.RecoveryPlan;
import org.calfcheck.engine.recovery.StageView;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.RecoveryJournal;
import org.calfcheck.store.RecoveryRecords;
import org.calfcheck.store.StoreException;
import org.calfcheck.store.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "show", description = "The plan today: the stage, today's decision and its reason, and the log;"
        + " with --sheet, the routine sheet with this week's plan as a PDF.")
final class PlanShowCommand extends JournalCommand {

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--sheet", paramLabel = "FILE",
            description = "Also write the routine sheet of the check the plan started from, with this week's plan.")
    Path sheet;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper for --sheet (default: the locale's).")
    String paper;

    @Option(names = "--force", description = "Let --sheet overwrite an existing file.")
    boolean force;

    @Override
    int run(ClientStore store) throws StoreException {
        SheetOutput sheetOutput = new SheetOutput(sheet, null, paper, force);
        List<String> sheetProblems = sheet == null && (paper != null || force)
                ? List.of("--paper and --force go with --sheet FILE") : sheetOutput.problems(sheet != null);
        if (!sheetProblems.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, String.join("\n", sheetProblems));
        }
        Engine engine = engine();
        Client client = client(store);
        RecoveryJournal journal = journal(store);
        RecoveryRecords records = journal.records(client.id());
        StoredPlan plan = records.plan().orElseThrow(() -> new StoreException(StoreException.Kind.INVALID,
                client.name() + " has no recovery plan: start one with \"calfcheck plan start\"."));
        RecoveryPlan recovery = new RecoveryPlan(engine);
        List<PlanDay> days = recovery.days(plan.start(), records.clearances(), records.checkIns(), journal.today());
        if (days.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, client.name() + "'s plan starts on "
                    + plan.startedOn() + ", after today.");
        }
        PlanDay today = days.get(days.size() - 1);
        StageView stage = recovery.stage(today.stageId()).orElseThrow();
        if (format == OutputFormat.json) {
            Map<String, Object> root = json(client, plan, today, stage, days, records, journal);
            recovery.week(plan.start(), records.clearances(), records.checkIns(), journal.today())
                    .ifPresent(week -> root.put("week", weekJson(week)));
            out().println(CliJson.write(root));
        } else {
            text(client, plan, today, stage, days, records.checkIns());
        }
        if (sheet != null) {
            Optional<PlanWeek> week = recovery.week(plan.start(), records.clearances(), records.checkIns(),
                    journal.today());
            Answers answers = plan.baseline();
            // the runner on their own gets no "Me" in the sheet's header
            String name = clientId == null ? null : client.name();
            return new SheetOutput(sheet, name, paper, force).write(engine.assess(answers), answers,
                    answers.units(), week, format == OutputFormat.json ? err() : out(), err());
        }
        return 0;
    }

    private static Map<String, Object> json(Client client, StoredPlan plan, PlanDay today, StageView stage,
                                            List<PlanDay> days, RecoveryRecords records, RecoveryJournal journal) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("client", ordered("id", client.id(), "name", client.name()));
        root.put("startedOn", plan.startedOn().toString());
        root.put("fromAssessment", plan.fromAssessment().orElse(null));
        root.put("startCareLevel", plan.careLevel().name());
        Map<String, Object> stageJson = new LinkedHashMap<>();
        stageJson.put("id", stage.id());
        stageJson.put("title", stage.title());
        stageJson.put("number", stage.number());
        stageJson.put("of", stage.of());
        stageJson.put("running", stage.running());
        stageJson.put("daysInStage", today.daysInStage());
        stageJson.put("today", stage.today());
        stageJson.put("exercises", stage.exercises().stream()
                .map(e -> ordered("id", e.id(), "title", e.title(), "dose", e.dose())).toList());
        root.put("stage", stageJson);
        Map<String, Object> todayJson = new LinkedHashMap<>();
        todayJson.put("date", today.day().toString());
        todayJson.put("decision", today.decision().name());
        todayJson.put("reason", today.reason());
        todayJson.put("careLevel", today.careLevel().name());
        todayJson.put("redFlags", today.flags().stream().map(RaisedFlag::id).toList());
        root.put("today", todayJson);
        root.put("days", days.stream().map(d -> ordered("date", d.day().toString(), "decision", d.decision().name(),
                "stage", d.stageId(), "reason", d.reason())).toList());
        root.put("clearances", records.clearances().stream()
                .map(c -> ordered("date", c.day().toString(), "note", c.note())).toList());
        root.put("checkIns", records.checkIns().stream().map(journal::checkInTree).toList());
        return root;
    }

    /** The week the routine sheet prints: the next seven days and the tests to move on or step back. */
    private static Map<String, Object> weekJson(PlanWeek week) {
        return ordered("paused", week.paused(), "nextStage", week.next().orElse(null),
                "days", week.days().stream().map(d -> ordered("date", d.date().toString(), "todo", d.todo(),
                        "note", d.note())).toList(),
                "moveOn", week.moveOn(), "stepBack", week.stepBack());
    }

    /** A JSON object with its keys in the order given. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private void text(Client client, StoredPlan plan, PlanDay today, StageView stage, List<PlanDay> days,
                      List<CheckIn> checkIns) {
        out().println(client.name() + " — recovery plan since " + plan.startedOn() + " ("
                + plan.careLevel().name() + " at the start)");
        out().println("Stage " + stage.number() + " of " + stage.of() + ": " + stage.title() + " ("
                + today.daysInStage() + (today.daysInStage() == 1 ? " day" : " days") + " done in this stage)");
        out().println("Today, " + today.day() + ": " + today.decision().name());
        out().println("  " + today.reason());
        out().println("What to do: " + stage.today());
        stage.exercises().forEach(e -> out().println("  - " + e.title() + (e.dose().isEmpty() ? "" : ": " + e.dose())));
        out().println("Log:");
        for (PlanDay day : days) {
            String logged = day.checkIn().map(PlanShowCommand::checkInLine).orElse("no check-in");
            out().printf("  %s  %-9s  %s%n", day.day(), day.decision().name(), logged);
        }
        if (checkIns.isEmpty()) {
            out().println("  (no check-ins yet)");
        }
    }

    private static String checkInLine(CheckIn c) {
        String raises = c.heelRaisesSore().isPresent() && c.heelRaisesOther().isPresent()
                ? "  heel raises " + c.heelRaisesSore().get() + "/" + c.heelRaisesOther().get() : "";
        String warnings = c.hasWarningSign() ? "  WARNING " + String.join(",", c.warningSigns()) : "";
        return c.activity().words() + (c.minutes() > 0 ? " " + c.minutes() + " min" : "") + "  pain "
                + c.painDuring() + "/" + c.painAfter() + "/" + c.painMorning() + raises + warnings;
    }
}
