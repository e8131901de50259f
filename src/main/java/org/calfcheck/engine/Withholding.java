package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentItem;
import org.calfcheck.content.Effect;

/**
 * Decides what stays out of the routine and why. Sources are taken most serious first, so each item names the
 * gravest flag that withheld it: per flag, the withhold effects of the rules that raised it (their own words),
 * then the flag's {@code withholds} list, then at EMERGENCY every candidate. Withhold effects of rules that
 * raised no flag come last and name their rule.
 */
final class Withholding {

    private final ContentIndex index;

    Withholding(ContentIndex index) {
        this.index = index;
    }

    /** One entry per item id, in the order the sources above produce them. */
    List<WithheldItem> withheld(List<RaisedFlag> flags, List<FiredRule> rules, Collection<String> candidates,
                                ReasonText text) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < flags.size(); i++) {
            rank.put(flags.get(i).id(), i);
        }
        // keyed by rule id: hashing the record would hash the rule's whole condition tree
        Map<String, Optional<String>> topFlags = new HashMap<>();
        for (FiredRule rule : rules) {
            topFlags.put(rule.rule().id(), topFlag(rule, rank));
        }
        Map<String, WithheldItem> out = new LinkedHashMap<>();
        boolean emergencyDone = false;
        for (RaisedFlag flag : flags) {
            for (FiredRule rule : rules) {
                if (topFlags.get(rule.rule().id()).filter(flag.id()::equals).isPresent()) {
                    rule.applied(Effect.Withhold.class).forEach(
                            w -> add(out, w.item(), flag.id(), text.fill(w.reason(), rule)));
                }
            }
            String becauseOfFlag = "Left out because of: " + RoutineBuilder.lowerFirst(flag.title());
            index.redFlag(flag.id()).ifPresent(
                    f -> f.withholds().forEach(item -> add(out, item, flag.id(), becauseOfFlag)));
            if (flag.careLevel() == CareLevel.EMERGENCY && !emergencyDone) {
                emergencyDone = true;
                candidates.forEach(item -> add(out, item, flag.id(), becauseOfFlag));
            }
        }
        for (FiredRule rule : rules) {
            if (topFlags.get(rule.rule().id()).isEmpty()) {
                rule.applied(Effect.Withhold.class).forEach(
                        w -> add(out, w.item(), rule.rule().id(), text.fill(w.reason(), rule)));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The most serious flag this rule raised, if any. */
    private static Optional<String> topFlag(FiredRule rule, Map<String, Integer> rank) {
        return rule.applied(Effect.RaiseFlag.class).stream().map(Effect.RaiseFlag::redFlag)
                .filter(rank::containsKey)
                .min((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
    }

    private void add(Map<String, WithheldItem> out, String item, String because, String reason) {
        if (!out.containsKey(item)) {
            String title = index.item(item).map(ContentItem::title).orElse(item);
            out.put(item, new WithheldItem(item, title, because, reason));
        }
    }
}
