package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Dose;
import org.calfcheck.content.Range;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.EvidenceLine;
import org.calfcheck.engine.LikelyCause;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.Routine;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.Strength;
import org.calfcheck.engine.WithheldItem;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {

    private static final Dose DOSE = new Dose(Optional.of(new Range(10, 15)), Optional.of(2),
            Optional.of(Range.of(30)), Optional.empty(), Optional.empty(), true, false, Optional.of("slowly"));

    private final Assessment assessment = new Assessment("9.9.9", CareLevel.URGENT,
            List.of(new RaisedFlag("rf_clot", "Clot", "", CareLevel.URGENT, "go", List.of("swollen", "warm"))),
            List.of(new LikelyCause("overuse", "Overuse", "", Strength.MODERATE, 4,
                    List.of(new EvidenceLine(true, "ran more", "r1"), new EvidenceLine(false, "rested", "r2")))),
            new Routine(List.of(), List.of(new RoutineItem("str_heel", "STRENGTH", "Heel raises", "", List.of(), DOSE,
                    "10–15 reps", List.of(), List.of())), List.of(), List.of()),
            List.of(new WithheldItem("rc_massage", "Massage", "rf_clot", "Left out because of: clot")));

    private JsonNode json() throws Exception {
        return new JsonMapper().readTree(AssessmentJson.write(assessment));
    }

    @Test
    void flagReasonsAreJoinedWithSemicolons() throws Exception {
        assertEquals("swollen; warm", json().at("/redFlags/0/reason").asText());
        assertEquals("URGENT", json().at("/redFlags/0/careLevel").asText());
    }

    @Test
    void evidenceSaysWhetherItIsForOrAgainst() throws Exception {
        JsonNode evidence = json().at("/causes/0/evidence");
        assertEquals(true, evidence.get(0).get("for").asBoolean());
        assertEquals(false, evidence.get(1).get("for").asBoolean());
        assertEquals("rested", evidence.get(1).get("reason").asText());
        assertEquals("MODERATE", json().at("/causes/0/strength").asText());
    }

    @Test
    void doseIsAnObjectOfNumbersWithRangesAsMinAndMax() throws Exception {
        JsonNode dose = json().at("/routine/stretches/0/dose");
        assertEquals(10, dose.at("/reps/min").asInt());
        assertEquals(15, dose.at("/reps/max").asInt());
        assertEquals(2, dose.get("sets").asInt());
        assertEquals(30, dose.get("holdSeconds").asInt());
        assertEquals(true, dose.get("perSide").asBoolean());
        assertEquals(List.of("reps", "sets", "holdSeconds", "perSide"), names(dose));
        assertEquals("10–15 reps", json().at("/routine/stretches/0/doseText").asText());
    }

    @Test
    void withheldNamesTheFlagAndTheVersionComesLast() throws Exception {
        assertEquals("rf_clot", json().at("/withheld/0/because").asText());
        assertEquals("9.9.9", json().get("contentVersion").asText());
    }

    @Test
    void nonAsciiIsEscapedSoAnyLocaleGetsTheSameBytes() {
        String text = AssessmentJson.write(assessment);
        assertEquals(true, text.contains("10\\u201315 reps"), text);
        assertEquals(true, text.chars().allMatch(c -> c < 128));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
