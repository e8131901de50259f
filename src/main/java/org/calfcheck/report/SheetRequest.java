package org.calfcheck.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.engine.recovery.PlanWeek;

/**
 * Everything the routine sheet shows. The date is passed in (never read from a clock) so the same request
 * always gives the same sheet.
 *
 * @param name         the runner's name for the header; empty or blank prints no name
 * @param units        the runner's distance unit, for the footwear line
 * @param shoeDistance how far the runner's current shoes have gone, in {@code units}; the assessment does not
 *                     carry it, so the caller fills it from the {@code shoe_distance} answer when there is one
 * @param planWeek     the recovery plan's current week, printed as its own section; empty for a sheet without it
 */
public record SheetRequest(Assessment assessment, Optional<String> name, LocalDate date, Paper paper,
                           DistanceUnit units, Optional<Double> shoeDistance, Optional<PlanWeek> planWeek) {

    public SheetRequest {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(units, "units");
        name = name.map(String::strip).filter(n -> !n.isEmpty());
        shoeDistance = shoeDistance.filter(d -> d >= 0 && Double.isFinite(d));
        Objects.requireNonNull(planWeek, "planWeek");
    }

    /** A sheet without the plan's week. */
    public SheetRequest(Assessment assessment, Optional<String> name, LocalDate date, Paper paper,
                        DistanceUnit units, Optional<Double> shoeDistance) {
        this(assessment, name, date, paper, units, shoeDistance, Optional.empty());
    }

    /** A request with no name and no shoe distance, on the paper the locale uses. */
    public static SheetRequest of(Assessment assessment, LocalDate date, Locale locale, DistanceUnit units) {
        return new SheetRequest(assessment, Optional.empty(), date, Paper.forLocale(locale), units,
                Optional.empty());
    }

    /** A request for the assessment of these answers: their distance unit and the shoe distance they gave. */
    public static SheetRequest of(Assessment assessment, Answers answers, LocalDate date, Paper paper) {
        return new SheetRequest(assessment, Optional.empty(), date, paper, answers.units(),
                shoeDistance(answers));
    }

    /** The {@code shoe_distance} answer, in the answers' unit, when the runner gave a number. */
    public static Optional<Double> shoeDistance(Answers answers) {
        return answers.get(SHOE_DISTANCE).filter(Answer.Number.class::isInstance)
                .map(a -> ((Answer.Number) a).value());
    }

    /** The question whose answer the footwear line quotes. */
    public static final String SHOE_DISTANCE = "shoe_distance";

    public SheetRequest withPaper(Paper newPaper) {
        return new SheetRequest(assessment, name, date, newPaper, units, shoeDistance, planWeek);
    }

    public SheetRequest withName(Optional<String> newName) {
        return new SheetRequest(assessment, newName, date, paper, units, shoeDistance, planWeek);
    }

    public SheetRequest withShoeDistance(Optional<Double> distance) {
        return new SheetRequest(assessment, name, date, paper, units, distance, planWeek);
    }

    public SheetRequest withPlanWeek(Optional<PlanWeek> week) {
        return new SheetRequest(assessment, name, date, paper, units, shoeDistance, week);
    }
}
