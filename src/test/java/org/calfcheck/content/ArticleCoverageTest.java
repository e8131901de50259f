package org.calfcheck.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.calfcheck.content.ContentFacts.cautionMentions;
import static org.calfcheck.content.ContentFacts.dose;
import static org.calfcheck.content.ContentFacts.doseFlag;
import static org.calfcheck.content.ContentFacts.doseIsWellFormed;
import static org.calfcheck.content.ContentFacts.hasStepsAndCautions;
import static org.calfcheck.content.ContentFacts.isIn;
import static org.calfcheck.content.ContentFacts.mentions;
import static org.calfcheck.content.ContentFacts.mentionsAny;
import static org.calfcheck.content.ContentFacts.withholds;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fact the article (and the brief's safety additions) asks the content to carry, one parameterised case
 * each, read straight from the packaged JSON so a missing or changed fact fails by name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleCoverageTest {

    static final List<String> CAUSES = List.of("overuse", "poor_warm_up", "running_form", "tight_calves",
            "inadequate_recovery", "footwear", "training_progression", "terrain_inclines", "dehydration_electrolytes");
    static final List<String> WARM_UPS = List.of("wu_calf_raises", "wu_ankle_circles", "wu_walking_lunges",
            "wu_dynamic_wall_calf", "wu_skipping_jacks", "wu_leg_swings");
    static final List<String> STRETCHES = List.of("st_wall_calf", "st_downward_dog", "st_seated_towel",
            "st_runners_stretch", "st_ankle_circles", "st_bent_knee_wall");
    /** The stretches held for 30 seconds on each side (ankle circles are counted instead). */
    static final List<String> HELD_STRETCHES = List.of("st_wall_calf", "st_downward_dog", "st_seated_towel",
            "st_runners_stretch", "st_bent_knee_wall");
    static final List<String> STRENGTH = List.of("str_heel_raises", "str_bent_knee_heel_raises",
            "str_eccentric_heel_drops");
    static final List<String> RECOVERY = List.of("rc_rest", "rc_ice", "rc_elevate", "rc_compression", "rc_massage",
            "rc_foam_roller", "rc_gentle_stretching", "rc_hydration_nutrition", "rc_gradual_return", "rc_cool_down");
    static final List<String> FORM = List.of("fm_posture", "fm_foot_strike", "fm_cadence", "fm_stride",
            "fm_arm_swing", "fm_gradual_change");
    static final List<String> FOOTWEAR = List.of("fw_support_cushioning", "fw_fit", "fw_arch_support",
            "fw_stability", "fw_replace", "fw_sport_specific", "fw_specialist_fitting");
    static final List<String> PROGRESSION = List.of("pg_start_slow", "pg_rest_days", "pg_listen_to_body",
            "pg_cross_training", "pg_strength_work", "pg_ten_percent", "pg_warm_up_cool_down", "pg_speed_and_hills");
    static final Map<String, String> RED_FLAGS = redFlagLevels();

    private PackagedContentJson content;

    @BeforeAll
    void readThePackagedContent() {
        content = PackagedContentJson.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void contentHoldsTheFact(ContentFact fact) {
        List<String> problems = fact.problemsIn(content);
        assertTrue(problems.isEmpty(), () -> fact.name() + " — not so: " + String.join("; ", problems));
    }

    /** A fact that is not true of the content must make the check report it, or the cases above prove nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("falseFacts")
    void aFalseFactIsReported(ContentFact falseFact) {
        assertTrue(!falseFact.problemsIn(content).isEmpty(), () -> falseFact.name() + " passed but is false");
    }

    Stream<ContentFact> falseFacts() {
        return Stream.of(
                dose("wu_calf_raises", "reps", 20, 30),
                doseFlag("wu_calf_raises", "eachDirection"),
                mentions("fm_cadence", "240 steps"),
                isIn("no_such_item", "exercises.json", "kind", "WARM_UP"),
                withholds("rf_infection", List.of("st_wall_calf")),
                ContentWideFacts.idsAreExactly(Set.of("overuse")));
    }

    Stream<ContentFact> facts() {
        List<ContentFact> facts = new ArrayList<>();
        facts.addAll(wholeContent());
        CAUSES.forEach(id -> facts.add(ContentWideFacts.causeIsComplete(id)));
        facts.addAll(exercises());
        facts.addAll(recovery());
        facts.addAll(advice());
        facts.addAll(redFlags());
        return facts.stream();
    }

    private List<ContentFact> wholeContent() {
        return List.of(
                ContentWideFacts.manifestHasAVersion(),
                ContentWideFacts.idsAreUniqueAndSnakeCase(),
                ContentWideFacts.idsAreExactly(allFixedIds()),
                ContentWideFacts.everyItemHasTitleOneSentenceSummaryAndBody(),
                ContentWideFacts.sentencesAreShort(26, 15.0),
                ContentWideFacts.everyWithholdIsARoutineItem(),
                ContentWideFacts.redFlagsNeverSelfCareAndEmergenciesSayCall());
    }

    private List<ContentFact> exercises() {
        List<ContentFact> facts = new ArrayList<>();
        WARM_UPS.forEach(id -> facts.add(isIn(id, "exercises.json", "kind", "WARM_UP")));
        STRETCHES.forEach(id -> facts.add(isIn(id, "exercises.json", "kind", "STRETCH")));
        STRENGTH.forEach(id -> facts.add(isIn(id, "exercises.json", "kind", "STRENGTH")));
        Stream.of(WARM_UPS, STRETCHES, STRENGTH).flatMap(List::stream).forEach(id -> {
            facts.add(hasStepsAndCautions(id));
            facts.add(doseIsWellFormed(id));
        });
        facts.addAll(List.of(
                dose("wu_calf_raises", "reps", 10, 15),
                dose("wu_ankle_circles", "reps", 10, 10), doseFlag("wu_ankle_circles", "eachDirection"),
                dose("wu_walking_lunges", "reps", 10, 12), doseFlag("wu_walking_lunges", "perSide"),
                dose("wu_dynamic_wall_calf", "holdSeconds", 15, 20), doseFlag("wu_dynamic_wall_calf", "perSide"),
                mentions("wu_dynamic_wall_calf", "wall", "heel"),
                mentions("wu_skipping_jacks", "skipping", "jumping jacks"),
                dose("wu_leg_swings", "reps", 10, 10), doseFlag("wu_leg_swings", "perSide"),
                dose("st_ankle_circles", "reps", 10, 10), doseFlag("st_ankle_circles", "eachDirection"),
                mentions("st_downward_dog", "hips", "heel"),
                mentions("st_seated_towel", "towel", "strap", "ball of one foot"),
                mentions("st_bent_knee_wall", "soleus", "bend"),
                mentionsAny("st_runners_stretch", "same big calf muscle as the wall"),
                mentions("str_heel_raises", "3 sets", "one leg"),
                mentions("str_eccentric_heel_drops", "3 seconds", "step")));
        HELD_STRETCHES.forEach(id -> {
            facts.add(dose(id, "holdSeconds", 30, 30));
            facts.add(doseFlag(id, "perSide"));
        });
        STRETCHES.forEach(id -> {
            facts.add(cautionMentions(id, "bounc"));
            facts.add(mentionsAny(id, "both calves the same", "both ankles the same"));
        });
        STRENGTH.forEach(id -> {
            facts.add(dose(id, "reps", 10, 15));
            facts.add(dose(id, "sets", 3, 3));
        });
        return facts;
    }

    private List<ContentFact> recovery() {
        List<ContentFact> facts = new ArrayList<>();
        RECOVERY.forEach(id -> {
            facts.add(isIn(id, "recovery.json", "", ""));
            facts.add(hasStepsAndCautions(id));
            facts.add(doseIsWellFormed(id));
        });
        facts.addAll(List.of(
                mentions("rc_rest", "running", "high-impact", "physio or doctor", "getting worse"),
                dose("rc_ice", "minutes", 15, 20), mentions("rc_ice", "towel", "times a day"),
                cautionMentions("rc_ice", "skin"),
                mentions("rc_elevate", "heart", "pillows", "reclining chair"),
                mentions("rc_compression", "socks", "sleeves"),
                mentions("rc_massage", "hands"),
                mentions("rc_foam_roller", "foam roller", "massage ball"),
                mentions("rc_gentle_stretching", "sharp pain has settled"),
                mentions("rc_hydration_nutrition", "potassium", "calcium", "magnesium", "drink"),
                mentions("rc_gradual_return", "shorter", "easier"),
                mentions("rc_cool_down", "walk", "easy jog", "stretch")));
        return facts;
    }

    private List<ContentFact> advice() {
        List<ContentFact> facts = new ArrayList<>();
        FORM.forEach(id -> facts.add(isIn(id, "prevention.json", "topic", "FORM")));
        FOOTWEAR.forEach(id -> facts.add(isIn(id, "prevention.json", "topic", "FOOTWEAR")));
        PROGRESSION.forEach(id -> facts.add(isIn(id, "prevention.json", "topic", "PROGRESSION")));
        Stream.of(FORM, FOOTWEAR, PROGRESSION).flatMap(List::stream)
                .forEach(id -> facts.add(ContentFacts.hasText(id, "checkItem")));
        facts.addAll(List.of(
                mentions("fm_posture", "upright", "head over your spine", "shoulders", "core", "hips", "slump"),
                mentions("fm_foot_strike", "under your body", "do not force", "weeks"),
                mentions("fm_cadence", "180", "steps a minute", "5 to 10%"),
                mentions("fm_stride", "overstriding", "shorter, quicker"),
                mentions("fm_arm_swing", "90 degrees", "across the middle of your body", "relaxed"),
                mentions("fm_gradual_change", "one thing at a time", "weeks"),
                mentions("fw_support_cushioning", "support", "cushioning"),
                mentions("fw_fit", "toe", "heel", "arch"),
                mentions("fw_arch_support", "arch"),
                mentions("fw_stability", "overpronation", "stability", "motion-control"),
                mentions("fw_replace", "300", "500", "480", "800", "six months", "midsole"),
                mentions("fw_sport_specific", "trail", "spikes", "sprinting"),
                mentions("fw_specialist_fitting", "running shop", "shoe fitter"),
                mentions("pg_start_slow", "shorter, slower", "before you add speed"),
                mentions("pg_rest_days", "rest days"),
                mentions("pg_listen_to_body", "back off"),
                mentions("pg_cross_training", "cycling", "swimming", "low-impact"),
                mentions("pg_strength_work", "heel raises"),
                mentions("pg_ten_percent", "10%"),
                mentions("pg_warm_up_cool_down", "leg swings", "calf raises", "walk or jog", "stretch"),
                mentions("pg_speed_and_hills", "speed", "hills")));
        return facts;
    }

    private List<ContentFact> redFlags() {
        List<ContentFact> facts = new ArrayList<>();
        RED_FLAGS.forEach((id, level) -> facts.add(isIn(id, "redflags.json", "careLevel", level)));
        List<String> stretching = new ArrayList<>(STRETCHES);
        stretching.addAll(List.of("wu_dynamic_wall_calf", "rc_gentle_stretching"));
        List<String> clotHarms = new ArrayList<>(stretching);
        clotHarms.addAll(List.of("rc_massage", "rc_foam_roller", "rc_compression"));
        List<String> tearHarms = new ArrayList<>(stretching);
        tearHarms.addAll(STRENGTH);
        tearHarms.addAll(List.of("wu_calf_raises", "wu_skipping_jacks", "wu_walking_lunges"));
        facts.addAll(List.of(
                withholds("rf_possible_clot", clotHarms),
                withholds("rf_clot_with_breathlessness", clotHarms),
                withholds("rf_achilles_rupture", tearHarms),
                withholds("rf_calf_tear", tearHarms),
                withholds("rf_infection", List.of("rc_massage", "rc_foam_roller", "rc_compression")),
                withholds("rf_compartment_syndrome", List.of("rc_compression", "rc_elevate", "rc_ice")),
                withholds("rf_calf_strain", List.of("wu_calf_raises", "str_heel_raises", "st_wall_calf",
                        "st_bent_knee_wall", "rc_massage")),
                withholds("rf_bone_stress", List.of("wu_skipping_jacks", "str_eccentric_heel_drops",
                        "rc_gradual_return")),
                withholds("rf_bakers_cyst", clotHarms),
                withholds("rf_swelling_on_blood_thinner", clotHarms),
                withholds("rf_exertional_leg_pain", List.of("rc_gradual_return")),
                mentions("rf_cauda_equina", "saddle", "bladder", "both legs", "emergency department"),
                mentions("rf_rhabdomyolysis", "tea", "cola", "statin"),
                mentions("rf_exertional_leg_pain", "same point", "Do not run through it"),
                withholds("rf_cold_pale_foot", List.of("rc_ice", "rc_elevate", "rc_compression")),
                mentions("rf_possible_clot", "one leg", "warmth", "redness", "at rest", "4 hours", "surgery",
                        "cast", "hormonal contraception", "HRT", "clot in the past", "cancer", "today"),
                mentions("rf_clot_with_breathlessness", "short", "chest pain", "lungs"),
                mentions("rf_achilles_rupture", "pop", "kicked", "tiptoe", "today"),
                mentions("rf_calf_tear", "tennis leg", "sudden", "today"),
                mentions("rf_compartment_syndrome", "tense", "much worse than the injury", "toes up", "knock"),
                mentions("rf_cold_pale_foot", "cold", "pale", "numb"),
                mentions("rf_infection", "spread", "hot", "fever", "today"),
                mentions("rf_severe_pain", "pain"),
                mentions("rf_marked_swelling", "swelling"),
                mentions("rf_limited_motion", "move"),
                mentions("rf_recurring_pain", "rest", "keeps"),
                mentions("rf_cannot_bear_weight", "weight", "walk")));
        return facts;
    }

    /** The care level the brief fixes for each red flag, grouped by level. */
    private static Map<String, String> redFlagLevels() {
        Map<String, List<String>> byLevel = Map.of(
                "SOON", List.of("rf_marked_swelling", "rf_limited_motion", "rf_recurring_pain",
                        "rf_calf_strain", "rf_bone_stress", "rf_nerve_root_pain", "rf_exertional_leg_pain",
                        "rf_prolonged_cramp", "rf_statin_muscle_pain"),
                "URGENT", List.of("rf_severe_pain", "rf_cannot_bear_weight", "rf_possible_clot",
                        "rf_achilles_rupture", "rf_calf_tear", "rf_infection",
                        "rf_bakers_cyst", "rf_swelling_on_blood_thinner", "rf_foot_weakness"),
                "EMERGENCY", List.of("rf_clot_with_breathlessness", "rf_compartment_syndrome", "rf_cold_pale_foot",
                        "rf_cauda_equina", "rf_rhabdomyolysis", "rf_very_unwell"));
        Map<String, String> levels = new LinkedHashMap<>();
        byLevel.forEach((level, ids) -> ids.forEach(id -> levels.put(id, level)));
        return Map.copyOf(levels);
    }

    private static Set<String> allFixedIds() {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(CAUSES, WARM_UPS, STRETCHES, STRENGTH, RECOVERY, FORM, FOOTWEAR, PROGRESSION)
                .forEach(ids::addAll);
        ids.addAll(RED_FLAGS.keySet());
        return ids;
    }
}
