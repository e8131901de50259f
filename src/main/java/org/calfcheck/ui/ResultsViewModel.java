package org.calfcheck.ui;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.EvidenceLine;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.RoutineSection;
import org.calfcheck.engine.Strength;
import org.calfcheck.engine.WithheldItem;

/**
 * Presents one {@link Assessment}: the order things appear in and the words around them. It decides nothing
 * medical — every level, flag, cause and item comes from the engine as it is.
 */
public final class ResultsViewModel {

    private final CompletedCheck check;
    private final ResultActions actions;

    public ResultsViewModel(CompletedCheck check, ResultActions actions) {
        this.check = check;
        this.actions = actions;
    }

    public Assessment assessment() {
        return check.assessment();
    }

    public CareLevel careLevel() {
        return check.assessment().careLevel();
    }

    public CareLevelWords banner() {
        return CareLevelWords.of(careLevel());
    }

    /** At emergency or urgent, what to do now comes before anything else. */
    public boolean actNowFirst() {
        return careLevel().isAtLeast(CareLevel.URGENT);
    }

    /** The raised flags, most serious first (the engine's order within a level). */
    public List<RaisedFlag> flags() {
        List<RaisedFlag> flags = new ArrayList<>(check.assessment().redFlags());
        flags.sort((a, b) -> b.careLevel().compareTo(a.careLevel()));
        return flags;
    }

    public List<LikelyCause> causes() {
        return check.assessment().causes();
    }

    public static String strengthWord(Strength strength) {
        return switch (strength) {
            case STRONG -> "Strong";
            case MODERATE -> "Moderate";
            case POSSIBLE -> "Possible";
        };
    }

    /** How many of the three bar segments are filled. */
    public static int strengthSegments(Strength strength) {
        return switch (strength) {
            case STRONG -> 3;
            case MODERATE -> 2;
            case POSSIBLE -> 1;
        };
    }

    public static List<EvidenceLine> supporting(LikelyCause cause) {
        return cause.evidence().stream().filter(EvidenceLine::supports).toList();
    }

    public static List<EvidenceLine> against(LikelyCause cause) {
        return cause.evidence().stream().filter(e -> !e.supports()).toList();
    }

    public List<WithheldItem> withheld() {
        return check.assessment().withheld();
    }

    /** Why part or all of the routine is missing; empty when nothing was held back. */
    public String withheldExplanation() {
        if (careLevel() == CareLevel.EMERGENCY) {
            return "No routine is shown: get help first. Exercises and self-care could hide or worsen what is "
                    + "happening.";
        }
        if (withheld().isEmpty()) {
            return "";
        }
        return "These are left out of your routine because of what you told us. Do not do them until a doctor "
                + "has checked your leg.";
    }

    /** The engine's sections, what to do first first; empty at an emergency. */
    public List<RoutineSection> routine() {
        return check.assessment().routine().sections();
    }

    public boolean hasRoutine() {
        return !check.assessment().routine().isEmpty();
    }

    public boolean canShowSheet() {
        return actions.routineSheet().isPresent();
    }

    public boolean canSaveToClient() {
        return actions.saveToClient().isPresent();
    }

    public boolean canStartPlan() {
        return actions.startPlan().isPresent();
    }

    /**
     * The words on "Start a recovery plan": at urgent or emergency the plan waits for a professional's clearance,
     * which the action then offers to record (the rule itself is the plan's, applied when it starts).
     */
    public String startPlanHint() {
        return actNowFirst() ? "A plan starts only once a doctor or physiotherapist has cleared you; you can record"
                + " that when you start it." : "A plan for each day, from rest back to your usual running.";
    }

    public void startPlan() {
        actions.startPlan().ifPresent(action -> action.accept(check));
    }

    public void showSheet() {
        actions.routineSheet().ifPresent(action -> action.accept(check));
    }

    public void saveToClient() {
        actions.saveToClient().ifPresent(action -> action.accept(check));
    }
}
