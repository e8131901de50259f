package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Condition;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.Effect;
import org.calfcheck.content.Question;
import org.calfcheck.content.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Safety properties of the packaged questionnaire and rules, beyond single vignettes. */
class RulesSafetyTest {

    private static Content content;
    private static Engine engine;

    @BeforeAll
    static void load() throws ContentException {
        content = ContentLoader.packaged().load();
        engine = new Engine(content);
    }

    @Test
    void everyQuestionARedFlagRuleReadsIsRequired() {
        Set<String> notRequired = flagRules()
                .flatMap(rule -> facts(rule.when()).stream())
                .flatMap(fact -> content.questionnaire().question(fact).stream())
                .filter(q -> !q.required()).map(Question::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), notRequired, "questions that feed a red flag but may be skipped");
    }

    /** With "not", a more alarming answer could make a flag disappear. */
    @Test
    void noRedFlagRuleUsesNot() {
        List<String> withNot = flagRules().filter(r -> hasNot(r.when())).map(Rule::id).toList();
        assertEquals(List.of(), withNot);
    }

    @Test
    void everyRedFlagIsRaisedBySomeRule() {
        Set<String> raised = flagRules().flatMap(r -> r.effects().stream())
                .filter(Effect.RaiseFlag.class::isInstance).map(e -> ((Effect.RaiseFlag) e).redFlag())
                .collect(Collectors.toSet());
        Set<String> never = content.redFlags().stream().map(f -> f.id()).filter(id -> !raised.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), never, "red flags no rule raises");
    }

    @Test
    void everyCauseHasEvidenceForItAndAgainstIt() {
        List<String> missing = new ArrayList<>();
        for (var cause : content.causes()) {
            List<Effect.Evidence> lines = content.rules().stream().flatMap(r -> r.effects().stream())
                    .filter(Effect.Evidence.class::isInstance).map(Effect.Evidence.class::cast)
                    .filter(e -> e.cause().equals(cause.id())).toList();
            if (lines.stream().noneMatch(e -> e.weight() >= 2)) {
                missing.add(cause.id() + " has no line of weight 2 or more for it");
            }
            if (lines.stream().noneMatch(e -> e.weight() < 0)) {
                missing.add(cause.id() + " has no evidence against it");
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Kleene logic is monotone: "don't know" in place of any answer never lowers the care level. */
    @Test
    void replacingAnyAnswerWithDontKnowNeverLowersTheCareLevel() {
        List<String> lowered = new ArrayList<>();
        for (Vignette v : Vignette.all()) {
            CareLevel before = engine.assess(v.answers()).careLevel();
            for (String id : v.answers().values().keySet()) {
                CareLevel after = engine.assess(v.answers().with(id, new Answer.Unknown())).careLevel();
                if (after.compareTo(before) < 0) {
                    lowered.add(v.file() + ": " + id + " unknown gives " + after + " instead of " + before);
                }
            }
        }
        assertEquals(List.of(), lowered);
    }

    /** Leaving a required safety question unanswered is treated like "don't know", never like "no". */
    @Test
    void aSafetyQuestionLeftOutOfABenignCaseRaisesItsFlagOrKeepsTheCareLevel() {
        Vignette benign = Vignette.all().stream().filter(v -> v.file().equals("self-care-all-safety-answers-no.json"))
                .findFirst().orElseThrow();
        assertEquals(CareLevel.SELF_CARE, engine.assess(benign.answers()).careLevel());
        for (String id : List.of("breathless_chest_pain", "foot_cold_pale_numb", "can_bear_weight", "felt_pop")) {
            CareLevel without = engine.assess(benign.answers().without(id)).careLevel();
            assertTrue(without.isAtLeast(CareLevel.URGENT), id + " left out gives only " + without);
        }
    }

    private static Stream<Rule> flagRules() {
        return content.rules().stream()
                .filter(r -> r.effects().stream().anyMatch(Effect.RaiseFlag.class::isInstance));
    }

    private static boolean hasNot(Condition condition) {
        if (condition instanceof Condition.All all) {
            return all.all().stream().anyMatch(RulesSafetyTest::hasNot);
        }
        if (condition instanceof Condition.Any any) {
            return any.any().stream().anyMatch(RulesSafetyTest::hasNot);
        }
        return condition instanceof Condition.Not;
    }

    private static Set<String> facts(Condition condition) {
        Set<String> out = new TreeSet<>();
        collect(condition, out);
        return out;
    }

    private static void collect(Condition condition, Set<String> out) {
        if (condition instanceof Condition.All all) {
            all.all().forEach(c -> collect(c, out));
        } else if (condition instanceof Condition.Any any) {
            any.any().forEach(c -> collect(c, out));
        } else if (condition instanceof Condition.Not not) {
            collect(not.not(), out);
        } else if (condition instanceof Condition.Compare compare) {
            out.add(compare.fact());
        }
    }
}
