package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.calfcheck.content.Cause;
import org.calfcheck.content.Content;
import org.calfcheck.content.Effect;

/**
 * Turns evidence into likely causes: the score is the sum of the weights; a cause is listed at score 2 or more
 * with at least one line for it, in bands (never percentages: the weights are judgement, not statistics).
 */
final class CauseScoring {

    static final int STRONG_FROM = 6;
    static final int MODERATE_FROM = 4;
    static final int POSSIBLE_FROM = 2;

    private final Content content;

    CauseScoring(Content content) {
        this.content = content;
    }

    /** Ranked by score, then by the number of lines for it, then content order. */
    List<LikelyCause> likelyCauses(List<FiredRule> rules, ReasonText text) {
        Map<String, List<EvidenceLine>> lines = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        // rules that read the same answers say the same fact: their weights add up, the runner reads it once
        Map<String, String> ruleForFacts = new HashMap<>();
        Set<String> said = new HashSet<>();
        for (FiredRule rule : rules) {
            rule.applied(Effect.Evidence.class).forEach(e -> {
                String line = text.fill(e.reason());
                boolean supports = e.weight() > 0;
                String facts = e.cause() + '|' + supports + '|' + new TreeSet<>(rule.rule().when().facts());
                String first = ruleForFacts.putIfAbsent(facts, rule.rule().id());
                boolean repeat = first != null && !first.equals(rule.rule().id());
                if (said.add(e.cause() + '|' + supports + '|' + line) && !repeat) {
                    lines.computeIfAbsent(e.cause(), id -> new ArrayList<>())
                            .add(new EvidenceLine(supports, line, rule.rule().id()));
                }
                scores.merge(e.cause(), e.weight(), Integer::sum);
            });
        }
        List<LikelyCause> listed = new ArrayList<>();
        for (Cause cause : content.causes()) {
            List<EvidenceLine> evidence = lines.getOrDefault(cause.id(), List.of());
            int score = scores.getOrDefault(cause.id(), 0);
            strength(score).filter(s -> supporting(evidence) > 0)
                    .ifPresent(s -> listed.add(new LikelyCause(cause.id(), cause.title(), cause.summary(), s,
                            score, forThenAgainst(evidence))));
        }
        // content order is the list's order already; a stable sort keeps it as the last tie-break
        listed.sort(Comparator.comparingInt(LikelyCause::score).reversed()
                .thenComparing(Comparator.comparingLong((LikelyCause c) -> supporting(c.evidence())).reversed()));
        return listed;
    }

    static Optional<Strength> strength(int score) {
        if (score >= STRONG_FROM) {
            return Optional.of(Strength.STRONG);
        }
        if (score >= MODERATE_FROM) {
            return Optional.of(Strength.MODERATE);
        }
        return score >= POSSIBLE_FROM ? Optional.of(Strength.POSSIBLE) : Optional.empty();
    }

    private static long supporting(List<EvidenceLine> evidence) {
        return evidence.stream().filter(EvidenceLine::supports).count();
    }

    /** Lines for the cause first, then against it, each in rule order. */
    private static List<EvidenceLine> forThenAgainst(List<EvidenceLine> evidence) {
        List<EvidenceLine> ordered = new ArrayList<>(evidence.stream().filter(EvidenceLine::supports).toList());
        evidence.stream().filter(l -> !l.supports()).forEach(ordered::add);
        return ordered;
    }
}
