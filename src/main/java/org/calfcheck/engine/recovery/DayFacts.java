package org.calfcheck.engine.recovery;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.calfcheck.content.PainModel;
import org.calfcheck.content.PlanFact;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.KnownFacts;

/**
 * The plan facts for one check-in day, from that check-in and the ones before it: the check-in's numbers, and the
 * derived ones (settled by morning, rising pain, heel raises against the other side, good days in a row).
 */
record DayFacts(CheckIn today, boolean settled, boolean rising, Optional<Double> heelRaisePercent,
                Optional<Boolean> hopsPainFree, int goodDaysInRow, int daysInStage, String risingWhy) {

    /** A "this morning well above yesterday's" rise, in points. */
    static final int MORNING_JUMP = 2;
    /** Check-ins a week needs before its average counts. */
    static final int WEEK_MINIMUM = 3;

    static DayFacts of(List<CheckIn> upToToday, PainModel model, int daysInStage) {
        CheckIn today = upToToday.get(upToToday.size() - 1);
        boolean settled = today.painMorning() <= model.settledMorning();
        String risingWhy = risingWhy(upToToday, model);
        Optional<Double> percent = latest(upToToday, c -> c.heelRaisePercent());
        Optional<Boolean> hops = latest(upToToday, CheckIn::hopsPainFree);
        int good = 0;
        for (int i = upToToday.size() - 1; i >= 0 && good(upToToday.get(i), model); i--) {
            good++;
        }
        return new DayFacts(today, settled, !risingWhy.isEmpty(), percent, hops, good, daysInStage, risingWhy);
    }

    static boolean good(CheckIn c, PainModel model) {
        return c.painDuring() <= model.acceptableDuring() && c.painAfter() <= model.acceptableDuring()
                && c.painMorning() <= model.settledMorning();
    }

    /** Why pain counts as rising, in words; empty when it does not. */
    private static String risingWhy(List<CheckIn> checkIns, PainModel model) {
        CheckIn today = checkIns.get(checkIns.size() - 1);
        if (checkIns.size() >= 2) {
            CheckIn before = checkIns.get(checkIns.size() - 2);
            if (today.painMorning() >= before.painMorning() + MORNING_JUMP) {
                return "this morning's pain (" + today.painMorning() + "/10) is up from " + before.painMorning()
                        + "/10 the morning before";
            }
        }
        OptionalDouble thisWeek = weekAverage(checkIns, today.day().minusDays(6), today.day());
        OptionalDouble lastWeek = weekAverage(checkIns, today.day().minusDays(13), today.day().minusDays(7));
        if (thisWeek.isPresent() && lastWeek.isPresent()
                && thisWeek.getAsDouble() > lastWeek.getAsDouble() + model.weeklyRise()) {
            return String.format(java.util.Locale.ROOT, "pain during activity averaged %.1f/10 this week against"
                    + " %.1f/10 the week before", thisWeek.getAsDouble(), lastWeek.getAsDouble());
        }
        return "";
    }

    private static OptionalDouble weekAverage(List<CheckIn> checkIns, LocalDate from, LocalDate to) {
        List<CheckIn> week = checkIns.stream().filter(c -> !c.day().isBefore(from) && !c.day().isAfter(to)).toList();
        return week.size() < WEEK_MINIMUM ? OptionalDouble.empty()
                : week.stream().mapToInt(CheckIn::painDuring).average();
    }

    private static <T> Optional<T> latest(List<CheckIn> checkIns, java.util.function.Function<CheckIn, Optional<T>> get) {
        for (int i = checkIns.size() - 1; i >= 0; i--) {
            Optional<T> value = get.apply(checkIns.get(i));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The facts by the names the plan content's conditions use. */
    KnownFacts known() {
        Map<String, Answer> values = new LinkedHashMap<>();
        number(values, PlanFact.PAIN_DURING, today.painDuring());
        number(values, PlanFact.PAIN_AFTER, today.painAfter());
        number(values, PlanFact.PAIN_MORNING, today.painMorning());
        number(values, PlanFact.STIFFNESS_MORNING, today.stiffnessMorning());
        today.heelRaisesSore().ifPresent(n -> number(values, PlanFact.HEEL_RAISES_SORE, n));
        today.heelRaisesOther().ifPresent(n -> number(values, PlanFact.HEEL_RAISES_OTHER, n));
        hopsPainFree.ifPresent(yes -> yesNo(values, PlanFact.HOPS_PAIN_FREE, yes));
        number(values, PlanFact.MINUTES, today.minutes());
        number(values, PlanFact.DAYS_IN_STAGE, daysInStage);
        yesNo(values, PlanFact.PAIN_SETTLED, settled);
        yesNo(values, PlanFact.PAIN_RISING, rising);
        heelRaisePercent.ifPresent(p -> number(values, PlanFact.HEEL_RAISE_PERCENT, p));
        number(values, PlanFact.GOOD_DAYS_IN_ROW, goodDaysInRow);
        return new KnownFacts(values);
    }

    private static void number(Map<String, Answer> values, PlanFact fact, double value) {
        values.put(fact.factName(), new Answer.Number(value));
    }

    private static void yesNo(Map<String, Answer> values, PlanFact fact, boolean yes) {
        values.put(fact.factName(), new Answer.Chosen(yes ? "yes" : "no"));
    }
}
