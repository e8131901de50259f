package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.RoutineItem;
import org.junit.jupiter.api.Test;

/** Saved assessments stay readable as the assessment grows new parts. */
class StoreJsonTest {

    /** A row as the version before routine reasons wrote it: items without "because", routine without "untilSeen". */
    private static final String BEFORE_REASONS = """
            {"contentVersion":"1.0.0","careLevel":"SELF_CARE","redFlags":[],
             "causes":[{"id":"overuse","title":"Overuse and tired calves","summary":"Too much running.",
                        "strength":"MODERATE","score":4,
                        "evidence":[{"supports":true,"reason":"you ran 42 km","ruleId":"ev_x"}]}],
             "routine":{"warmUp":[{"id":"wu_calf_raises","kind":"WARM_UP","title":"Calf raises","summary":"Rise.",
                                   "steps":["Rise slowly."],
                                   "dose":{"reps":{"min":10,"max":15},"sets":1,"holdSeconds":null,"minutes":null,
                                           "timesPerDay":null,"perSide":false,"eachDirection":false,"note":null},
                                   "doseText":"10–15 reps","cautions":[],"forCauses":["overuse"]}],
                        "stretches":[],"recovery":[],"prevention":[]},
             "withheld":[]}
            """;

    @Test
    void aRowSavedBeforeRoutineReasonsStillReads() throws Exception {
        Assessment read = new StoreJson().readAssessment(BEFORE_REASONS);
        assertEquals(CareLevel.SELF_CARE, read.careLevel());
        RoutineItem item = read.routine().warmUp().get(0);
        assertEquals("Calf raises", item.title());
        assertEquals(List.of(), item.because());
        assertEquals("", item.why());
        assertFalse(read.routine().untilSeen());
        assertEquals(List.of(), read.getHelpIf(), "a row from before get-help lines reads with none");
    }

    @Test
    void getHelpLinesSurviveARoundTrip() throws Exception {
        StoreJson json = new StoreJson();
        Assessment old = json.readAssessment(BEFORE_REASONS);
        Assessment now = new Assessment(old.contentVersion(), old.careLevel(), old.redFlags(), old.causes(),
                old.routine(), old.withheld(), List.of("the leg gets worse before you are seen"));
        assertEquals(now.getHelpIf(), json.readAssessment(json.writeAssessment(now)).getHelpIf());
    }

    @Test
    void aNewRowKeepsItsReasonsThroughARoundTrip() throws Exception {
        StoreJson json = new StoreJson();
        Assessment old = json.readAssessment(BEFORE_REASONS);
        RoutineItem item = old.routine().warmUp().get(0);
        RoutineItem withReason = new RoutineItem(item.id(), item.kind(), item.title(), item.summary(), item.steps(),
                item.dose(), item.doseText(), item.cautions(), item.forCauses(), List.of("you rarely warm up"));
        Assessment now = new Assessment(old.contentVersion(), old.careLevel(), old.redFlags(), old.causes(),
                new org.calfcheck.engine.Routine(List.of(withReason), List.of(), List.of(), List.of(), true),
                old.withheld());
        assertEquals(now, json.readAssessment(json.writeAssessment(now)));
    }
}
