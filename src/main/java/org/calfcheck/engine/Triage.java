package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Effect;
import org.calfcheck.content.RedFlag;

/**
 * Red flags first: which flags the rules raise and the care level they set. A flag is raised when its rule is
 * TRUE or UNKNOWN, so "don't know" never lowers the care level.
 */
final class Triage {

    private final ContentIndex index;

    Triage(ContentIndex index) {
        this.index = index;
    }

    /** One flag per id with every reason, most serious first, then in content order. */
    List<RaisedFlag> raisedFlags(List<FiredRule> rules, ReasonText text) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (FiredRule rule : rules) {
            rule.applied(Effect.RaiseFlag.class).forEach(effect -> {
                List<String> forFlag = reasons.computeIfAbsent(effect.redFlag(), id -> new ArrayList<>());
                String reason = text.fill(effect.reason(), rule);
                if (!forFlag.contains(reason)) {
                    forFlag.add(reason);
                }
            });
        }
        List<RaisedFlag> flags = new ArrayList<>();
        reasons.forEach((id, why) -> index.redFlag(id).ifPresent(flag -> flags.add(raised(flag, why))));
        flags.sort(severityOrder());
        return flags;
    }

    Comparator<RaisedFlag> severityOrder() {
        return Comparator.comparing(RaisedFlag::careLevel).reversed()
                .thenComparingInt(f -> index.itemOrder(f.id()));
    }

    /**
     * The flags as shown under the assessment's care level: a flag that asks for less keeps its reasons, but its
     * action becomes something to mention when seen, so "book in the next few days" never sits under "today".
     */
    static List<RaisedFlag> underLevel(List<RaisedFlag> flags, CareLevel level) {
        return flags.stream().map(f -> f.careLevel().compareTo(level) >= 0 ? f
                : new RaisedFlag(f.id(), f.title(), f.summary(), f.careLevel(), CareWords.lesserFlagAction(level),
                        f.reasons())).toList();
    }

    static CareLevel careLevel(List<RaisedFlag> flags) {
        return flags.stream().map(RaisedFlag::careLevel).reduce(CareLevel.SELF_CARE, CareLevel::max);
    }

    private static RaisedFlag raised(RedFlag flag, List<String> reasons) {
        return new RaisedFlag(flag.id(), flag.title(), flag.summary(), flag.careLevel(), flag.action(), reasons);
    }
}
