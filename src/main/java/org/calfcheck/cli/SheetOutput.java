package org.calfcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.recovery.PlanWeek;
import org.calfcheck.platform.OutputFile;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetFile;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;

/**
 * {@code assess … --format pdf --out FILE [--name NAME] [--paper a4|letter] [--force]}: the routine sheet as a
 * file. Never overwrites without {@code --force}; writes a temporary file and moves it, so a failure leaves no
 * half-written PDF.
 */
final class SheetOutput {

    private final Path out;
    private final Optional<String> name;
    private final String paper;
    private final boolean force;

    SheetOutput(Path out, String name, String paper, boolean force) {
        this.out = out;
        this.name = Optional.ofNullable(name);
        this.paper = paper;
        this.force = force;
    }

    /** Problems with the sheet options, found before any work is done; empty when all is well. */
    List<String> problems(boolean pdf) {
        List<String> problems = new ArrayList<>();
        if (pdf && out == null) {
            problems.add("--format pdf needs --out FILE: where to write the routine sheet");
        }
        if (!pdf && (out != null || name.isPresent() || paper != null || force)) {
            problems.add("--out, --name, --paper and --force go with --format pdf");
        }
        if (paper != null && Paper.parse(paper).isEmpty()) {
            problems.add("--paper: expected a4 or letter, not '" + paper + "'");
        }
        if (pdf && out != null) {
            SheetFile.at(out).problem(force).ifPresent(problem -> problems.add(out + ": " + problem));
        }
        return problems;
    }

    int write(Assessment assessment, Answers answers, DistanceUnit units, PrintWriter stdout, PrintWriter err) {
        return write(assessment, answers, units, Optional.empty(), stdout, err);
    }

    /** The sheet with the recovery plan's week as its own section, when there is one. */
    int write(Assessment assessment, Answers answers, DistanceUnit units, Optional<PlanWeek> week,
              PrintWriter stdout, PrintWriter err) {
        Paper chosen = paper == null ? Paper.forLocale(Locale.getDefault()) : Paper.parse(paper).orElseThrow();
        Optional<Double> shoes = SheetRequest.shoeDistance(answers)
                .map(d -> units.fromKm(answers.units().toKm(d)));
        SheetRequest request = new SheetRequest(assessment, name, LocalDate.now(), chosen, units, shoes, week);
        try {
            SheetFile.save(out, new SheetWriter().write(request), force);
        } catch (FileAlreadyExistsException | OutputFile.NotAFile e) {
            return fail(err, e.getReason());
        } catch (NoSuchFileException e) {
            return fail(err, "cannot write: the folder does not exist");
        } catch (AccessDeniedException e) {
            return fail(err, "cannot write: permission denied");
        } catch (IOException e) {
            return fail(err, OutputFile.isDiskFull(e) ? "cannot write: the disk is full" : "cannot write: " + e.getMessage());
        }
        stdout.println("Routine sheet written to " + out + " (" + chosen.label() + ")");
        stdout.flush();
        return Main.EXIT_OK;
    }

    private int fail(PrintWriter err, String problem) {
        err.println(out + ": " + problem);
        err.flush();
        return Main.EXIT_BAD_INPUT;
    }
}
