package org.calfcheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.calfcheck.engine.Engine;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.PlanDay;
import org.calfcheck.engine.recovery.RecoveryPlan;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.RecoveryJournal;
import org.calfcheck.store.StoreException;
import org.calfcheck.store.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "checkin", mixinStandardHelpOptions = true, description = {
        "Record this morning's check-in for the recovery plan and print today's decision.",
        "Heel raises: stand on one leg, hand on a wall, and rise onto tiptoe as high as you can, as many times as"
                + " you can at a steady pace; count each side.",
        "Exit code 0 on success, 2 for a bad check-in (nothing is recorded), 1 for an unexpected failure."})
final class CheckInCommand extends JournalCommand {

    @Option(names = "--file", paramLabel = "FILE", description = "Read the check-in from a JSON file instead"
            + " (see docs/cli.md).")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The check-in's day (default: today).")
    LocalDate date;

    @Option(names = "--activity", paramLabel = "rest|walk|walk_run|run", description = "What you did yesterday"
            + " (default: rest).")
    String activity = "rest";

    @Option(names = "--minutes", paramLabel = "N", description = "Minutes of yesterday's walking or running.")
    int minutes;

    @Option(names = "--pain-during", paramLabel = "0-10", description = "Pain during yesterday's activity.")
    Integer painDuring;

    @Option(names = "--pain-after", paramLabel = "0-10", description = "Pain in the hours after it.")
    Integer painAfter;

    @Option(names = "--pain-morning", paramLabel = "0-10", description = "Pain on getting up this morning.")
    Integer painMorning;

    @Option(names = "--stiffness", paramLabel = "0-10", description = "Stiffness on getting up this morning"
            + " (default: 0).")
    int stiffness;

    @Option(names = "--heel-raises-sore", paramLabel = "N", description = "Single-leg heel raises, sore side.")
    Integer raisesSore;

    @Option(names = "--heel-raises-other", paramLabel = "N", description = "Single-leg heel raises, other side.")
    Integer raisesOther;

    @Option(names = "--hops", paramLabel = "pain-free|painful", description = "Ten hops on the sore leg, if tried.")
    String hops;

    @Option(names = "--warning", paramLabel = "SIGN", split = ",", description = "A warning sign you have now"
            + " (repeatable): see \"plan show\" for the list.")
    List<String> warnings = new ArrayList<>();

    @Option(names = "--replace", description = "Replace this day's check-in if there already is one.")
    boolean replace;

    @Override
    int run(ClientStore store) throws StoreException {
        Engine engine = engine();
        Client client = client(store);
        RecoveryJournal journal = journal(store);
        CheckIn checkIn = file != null ? journal.readCheckIn(file) : fromOptions(journal.today());
        Set<String> known = engine.content().plan().warningSigns().stream().map(w -> w.id())
                .collect(Collectors.toSet());
        journal.record(client.id(), checkIn, replace, known);
        StoredPlan plan = journal.plan(client.id()).orElseThrow();
        Optional<PlanDay> today = new RecoveryPlan(engine).days(plan.start(), journal.clearances(client.id()),
                journal.checkIns(client.id()), checkIn.day()).stream().reduce((a, b) -> b);
        out().println("Recorded " + client.name() + "'s check-in for " + checkIn.day() + ".");
        today.ifPresent(day -> out().println(day.decision().name() + ": " + day.reason()));
        return 0;
    }

    private static void required(List<String> problems, String option, Integer value) {
        if (value == null) {
            problems.add(option + ": missing (0 to 10)");
        }
    }

    private CheckIn fromOptions(LocalDate today) throws StoreException {
        List<String> problems = new ArrayList<>();
        Optional<Activity> did = Activity.fromJson(activity);
        if (did.isEmpty()) {
            problems.add("--activity: \"" + activity + "\" is not rest, walk, walk_run or run");
        }
        required(problems, "--pain-during", painDuring);
        required(problems, "--pain-after", painAfter);
        required(problems, "--pain-morning", painMorning);
        if (hops != null && !hops.equals("pain-free") && !hops.equals("painful")) {
            problems.add("--hops: \"" + hops + "\" is not pain-free or painful");
        }
        if (!problems.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, "The check-in was not recorded:\n  "
                    + String.join("\n  ", problems));
        }
        return new CheckIn(date == null ? today : date, did.get(), minutes, painDuring, painAfter, painMorning,
                stiffness, Optional.ofNullable(raisesSore), Optional.ofNullable(raisesOther),
                Optional.ofNullable(hops).map(h -> h.equals("pain-free")), Set.copyOf(warnings));
    }
}
