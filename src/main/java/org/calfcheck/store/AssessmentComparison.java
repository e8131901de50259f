package org.calfcheck.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.Strength;

/**
 * Two saved assessments side by side, earlier first: which causes appeared, resolved or changed strength, and
 * how the care level and pain moved. Pure: it only reads what was saved.
 */
public record AssessmentComparison(SavedAssessment earlier, SavedAssessment later, Change careChange,
                                   List<CauseChange> causes, Optional<Double> painBefore,
                                   Optional<Double> painAfter) {

    /** Which way something moved between the two assessments. */
    public enum Change {
        APPEARED, RESOLVED, STRONGER, WEAKER, UNCHANGED,
        /** Listed before, but the later check could not have listed it (more urgent, or no causes at all). */
        NOT_ASSESSED;

        /** Care level: higher is "stronger" (more urgent). */
        static Change of(CareLevel before, CareLevel after) {
            int order = after.compareTo(before);
            return order > 0 ? STRONGER : order < 0 ? WEAKER : UNCHANGED;
        }
    }

    /** One cause in either assessment; a strength is empty where the cause was not listed. */
    public record CauseChange(String id, String title, Optional<Strength> before, Optional<Strength> after,
                              Change change) {
    }

    public AssessmentComparison {
        causes = List.copyOf(causes);
    }

    /** Compares in time order, whichever order the two are given in. */
    public static AssessmentComparison of(SavedAssessment one, SavedAssessment other) {
        boolean inOrder = !other.takenAt().isBefore(one.takenAt());
        SavedAssessment earlier = inOrder ? one : other;
        SavedAssessment later = inOrder ? other : one;
        Map<String, LikelyCause> before = byId(earlier.assessment().causes());
        Map<String, LikelyCause> after = byId(later.assessment().causes());
        List<CauseChange> changes = new ArrayList<>();
        // the later assessment's ranking first, then causes that have resolved
        for (LikelyCause now : after.values()) {
            Optional<LikelyCause> then = Optional.ofNullable(before.get(now.id()));
            Change change = then.map(old -> strengthChange(old.strength(), now.strength())).orElse(Change.APPEARED);
            changes.add(new CauseChange(now.id(), now.title(), then.map(LikelyCause::strength),
                    Optional.of(now.strength()), change));
        }
        // an urgent or emergency result may list no causes: silence there is not recovery
        boolean couldList = !after.isEmpty()
                && later.assessment().careLevel().compareTo(earlier.assessment().careLevel()) <= 0;
        for (LikelyCause then : before.values()) {
            if (!after.containsKey(then.id())) {
                changes.add(new CauseChange(then.id(), then.title(), Optional.of(then.strength()), Optional.empty(),
                        couldList ? Change.RESOLVED : Change.NOT_ASSESSED));
            }
        }
        return new AssessmentComparison(earlier, later,
                Change.of(earlier.assessment().careLevel(), later.assessment().careLevel()), changes,
                earlier.painNow(), later.painNow());
    }

    public CareLevel careBefore() {
        return earlier.assessment().careLevel();
    }

    public CareLevel careAfter() {
        return later.assessment().careLevel();
    }

    private static Change strengthChange(Strength before, Strength after) {
        // Strength lists STRONG first, so a lower ordinal is stronger
        int order = before.compareTo(after);
        return order > 0 ? Change.STRONGER : order < 0 ? Change.WEAKER : Change.UNCHANGED;
    }

    private static Map<String, LikelyCause> byId(List<LikelyCause> causes) {
        Map<String, LikelyCause> map = new LinkedHashMap<>();
        causes.forEach(cause -> map.putIfAbsent(cause.id(), cause));
        return map;
    }

}
