package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.AssessmentComparison.Change;
import org.junit.jupiter.api.Test;

class AssessmentComparisonTest {

    private static SavedAssessment saved(long id, String when, double pain, Assessment assessment) {
        return new SavedAssessment(id, 1, Instant.parse(when), Fixtures.answers(pain), "1.0.0", assessment, "");
    }

    private final SavedAssessment october = saved(1, "2026-10-01T08:00:00Z", 7, Fixtures.assessment(CareLevel.SOON,
            Map.of("overuse", Strength.MODERATE, "footwear", Strength.POSSIBLE, "tight_calves", Strength.STRONG)));
    private final SavedAssessment november = saved(2, "2026-11-01T08:00:00Z", 3, Fixtures.assessment(
            CareLevel.SELF_CARE, Map.of("overuse", Strength.STRONG, "tight_calves", Strength.STRONG,
                    "dehydration_electrolytes", Strength.POSSIBLE)));

    @Test
    void causesThatAppearedResolvedOrChangedStrengthAreNamed() {
        AssessmentComparison comparison = AssessmentComparison.of(october, november);
        Map<String, Change> changes = new java.util.HashMap<>();
        comparison.causes().forEach(c -> changes.put(c.id(), c.change()));
        assertEquals(Map.of("overuse", Change.STRONGER, "tight_calves", Change.UNCHANGED,
                "dehydration_electrolytes", Change.APPEARED, "footwear", Change.RESOLVED), changes);
        assertEquals(List.of(Optional.of(Strength.POSSIBLE), Optional.empty()),
                comparison.causes().stream().filter(c -> c.id().equals("footwear"))
                        .flatMap(c -> java.util.stream.Stream.of(c.before(), c.after())).toList());
    }

    @Test
    void theCareLevelChangeAndPainAreReadInTimeOrderWhicheverWayTheyAreGiven() {
        AssessmentComparison comparison = AssessmentComparison.of(november, october);
        assertEquals(october, comparison.earlier());
        assertEquals(Change.WEAKER, comparison.careChange());
        assertEquals(CareLevel.SOON, comparison.careBefore());
        assertEquals(CareLevel.SELF_CARE, comparison.careAfter());
        assertEquals(Optional.of(7.0), comparison.painBefore());
        assertEquals(Optional.of(3.0), comparison.painAfter());
    }

    @Test
    void aHigherCareLevelLaterIsAnEscalation() {
        assertEquals(Change.STRONGER, AssessmentComparison.of(saved(3, "2026-01-01T00:00:00Z", 1,
                Fixtures.selfCare()), saved(4, "2026-02-01T00:00:00Z", 9,
                Fixtures.assessment(CareLevel.EMERGENCY, Map.of()))).careChange());
    }

    @Test
    void causesAreNotCalledResolvedWhenTheLaterCheckWentUpACareLevelAndListedNone() {
        SavedAssessment selfCare = saved(5, "2026-12-05T08:00:00Z", 3, Fixtures.selfCare());
        SavedAssessment doctorToday = saved(6, "2026-12-05T17:00:00Z", 6,
                Fixtures.assessment(CareLevel.URGENT, Map.of()));
        AssessmentComparison comparison = AssessmentComparison.of(selfCare, doctorToday);
        assertEquals(List.of(Change.NOT_ASSESSED, Change.NOT_ASSESSED),
                comparison.causes().stream().map(AssessmentComparison.CauseChange::change).toList());
    }

    @Test
    void aCauseIsNotCalledResolvedWhenTheLaterCheckIsMoreUrgentEvenIfItListedOthers() {
        SavedAssessment later = saved(7, "2026-12-06T08:00:00Z", 8,
                Fixtures.assessment(CareLevel.URGENT, Map.of("overuse", Strength.STRONG)));
        Map<String, Change> changes = new java.util.HashMap<>();
        AssessmentComparison.of(saved(5, "2026-12-05T08:00:00Z", 3, Fixtures.selfCare()), later).causes()
                .forEach(c -> changes.put(c.id(), c.change()));
        assertEquals(Map.of("overuse", Change.UNCHANGED, "footwear", Change.NOT_ASSESSED), changes);
    }

    @Test
    void aCauseIsResolvedWhenTheLaterCheckAtTheSameLevelListedCausesButNotThisOne() {
        SavedAssessment later = saved(7, "2026-12-06T08:00:00Z", 2,
                Fixtures.assessment(CareLevel.SELF_CARE, Map.of("overuse", Strength.POSSIBLE)));
        Map<String, Change> changes = new java.util.HashMap<>();
        AssessmentComparison.of(saved(5, "2026-12-05T08:00:00Z", 3, Fixtures.selfCare()), later).causes()
                .forEach(c -> changes.put(c.id(), c.change()));
        assertEquals(Map.of("overuse", Change.WEAKER, "footwear", Change.RESOLVED), changes);
    }
}
