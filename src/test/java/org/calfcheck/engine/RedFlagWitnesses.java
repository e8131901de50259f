package org.calfcheck.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.calfcheck.content.Content;
import org.calfcheck.content.DerivedFact;
import org.calfcheck.content.Effect;
import org.calfcheck.content.RedFlag;
import org.calfcheck.content.Rule;

/**
 * For each red flag, the answers that raise it, taken from a vignette expecting that flag: only the answers to the
 * questions that one of its rules (one that holds for the vignette) looks at, and the questions that decide whether
 * those are shown, so they can be laid over any other answers.
 */
final class RedFlagWitnesses {

    private RedFlagWitnesses() {
    }

    static Map<String, Answers> from(Content content, List<Vignette> vignettes) {
        Map<String, Answers> witnesses = new LinkedHashMap<>();
        for (RedFlag flag : content.redFlags()) {
            vignettes.stream().filter(v -> v.expect().redFlags().contains(flag.id())).findFirst().ifPresent(v -> {
                Set<String> questions = questionsBehind(content, raisingRule(content, flag.id(), v.answers()));
                Answers witness = Answers.empty(v.answers().units());
                for (String id : questions) {
                    Answers current = witness;
                    witness = v.answers().get(id).map(a -> current.with(id, a)).orElse(current);
                }
                witnesses.put(flag.id(), witness);
            });
        }
        return witnesses;
    }

    /** The first rule raising the flag whose condition is true for these answers. */
    private static List<Rule> raisingRule(Content content, String flagId, Answers answers) {
        Facts facts = new Facts(new ContentIndex(content), answers, DerivedInputs.STANDARD);
        return FiredRule.evaluate(rulesRaising(content, flagId), facts).stream()
                .filter(r -> r.truth() == Truth.TRUE).map(FiredRule::rule).limit(1).toList();
    }

    static List<Rule> rulesRaising(Content content, String flagId) {
        return content.rules().stream().filter(rule -> rule.effects().stream()
                .anyMatch(e -> e instanceof Effect.RaiseFlag f && f.redFlag().equals(flagId))).toList();
    }

    /** Every question the rules look at, with the questions that decide whether those are shown. */
    static Set<String> questionsBehind(Content content, List<Rule> rules) {
        Set<String> facts = new LinkedHashSet<>();
        rules.forEach(rule -> facts.addAll(rule.when().facts()));
        Set<String> questions = new LinkedHashSet<>();
        facts.forEach(f -> addWithGates(content, f, questions));
        return questions;
    }

    private static void addWithGates(Content content, String fact, Set<String> questions) {
        DerivedInputs in = DerivedInputs.STANDARD;
        if (DerivedFact.fromFactName(fact).isPresent()) {
            for (String id : List.of(in.weeklyDistance(), in.usualWeeklyDistance(), in.shoeDistance(),
                    in.weeksOffBefore())) {
                addWithGates(content, id, questions);
            }
            return;
        }
        if (!questions.add(fact)) {
            return;
        }
        content.questionnaire().question(fact).flatMap(q -> q.showWhen()).ifPresent(gate -> {
            gate.facts().forEach(f -> addWithGates(content, f, questions));
        });
    }
}
