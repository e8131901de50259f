package org.calfcheck.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts a plan stage's criteria can test: what the day's check-in says ({@code checkin.*}) and what the engine
 * works out from the check-ins so far ({@code plan.*}). Numbers, or yes/no.
 */
public enum PlanFact {
    /** Pain during yesterday's activity, 0–10. */
    PAIN_DURING("checkin.painDuring", false),
    /** Pain in the hours after yesterday's activity, 0–10. */
    PAIN_AFTER("checkin.painAfter", false),
    /** Pain on getting up this morning, 0–10. */
    PAIN_MORNING("checkin.painMorning", false),
    /** Stiffness on getting up this morning, 0–10. */
    STIFFNESS_MORNING("checkin.stiffnessMorning", false),
    /** Single-leg heel raises on the sore side. */
    HEEL_RAISES_SORE("checkin.heelRaisesSore", false),
    /** Single-leg heel raises on the other side. */
    HEEL_RAISES_OTHER("checkin.heelRaisesOther", false),
    /** Ten hops on the sore leg without pain: yes or no (unknown when not tried). */
    HOPS_PAIN_FREE("checkin.hopsPainFree", true),
    /** Minutes of yesterday's walking or running. */
    MINUTES("checkin.minutes", false),
    /** Whole days done in the current stage before today. */
    DAYS_IN_STAGE("plan.daysInStage", false),
    /** Morning pain at or under the pain model's settled limit: yes or no. */
    PAIN_SETTLED("plan.painSettled", true),
    /** Pain rising: this week's average pain during activity above last week's, or this morning's well above yesterday's. */
    PAIN_RISING("plan.painRising", true),
    /** Sore-side heel raises as a percentage of the other side's. */
    HEEL_RAISE_PERCENT("plan.heelRaisePercent", false),
    /** Check-ins in a row, up to today, with acceptable and settled pain. */
    GOOD_DAYS_IN_ROW("plan.goodDaysInRow", false);

    private final String factName;
    private final boolean yesNo;

    PlanFact(String factName, boolean yesNo) {
        this.factName = factName;
        this.yesNo = yesNo;
    }

    public String factName() {
        return factName;
    }

    public boolean yesNo() {
        return yesNo;
    }

    public static Optional<PlanFact> fromFactName(String name) {
        return Arrays.stream(values()).filter(f -> f.factName.equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(PlanFact::factName).collect(Collectors.joining(", "));
    }

    static List<String> yesNoChoices() {
        return List.of("yes", "no");
    }
}
