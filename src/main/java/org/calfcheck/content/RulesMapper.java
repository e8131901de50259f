package org.calfcheck.content;

import java.util.List;
import java.util.Optional;
import org.calfcheck.content.JsonTreeReader.Need;

/** Maps {@code rules.json} onto {@link Rule} records, each effect onto the sealed {@link Effect} by its type. */
final class RulesMapper {

    static final int MAX_WEIGHT = 5;

    private RulesMapper() {
    }

    static List<Rule> read(JsonTreeReader root) {
        return root.fileList("rules", RulesMapper::rule);
    }

    private static Rule rule(JsonTreeReader r) {
        r.allowFields("id", "description", "when", "effects");
        return new Rule(r.id("id"), r.text("description"),
                ConditionMapper.read(r, "when", true).orElse(new Condition.All(List.of())),
                r.objects("effects", Need.NON_EMPTY, RulesMapper::effect));
    }

    private static Effect effect(JsonTreeReader e) {
        Optional<String> type = e.has("type") ? Optional.of(e.text("type")) : Optional.empty();
        if (type.isEmpty()) {
            e.problemAt("type", "missing required field \"type\" (evidence, redFlag, recommend or withhold)");
        }
        switch (type.orElse("")) {
            case "evidence":
                e.allowFields("type", "cause", "weight", "reason");
                return new Effect.Evidence(e.text("cause"), weight(e), e.text("reason"));
            case "redFlag":
                e.allowFields("type", "redFlag", "reason");
                return new Effect.RaiseFlag(e.text("redFlag"), e.text("reason"));
            case "recommend":
                e.allowFields("type", "item", "reason");
                return new Effect.Recommend(e.text("item"), e.text("reason"));
            case "withhold":
                e.allowFields("type", "item", "reason");
                return new Effect.Withhold(e.text("item"), e.text("reason"));
            default:
                if (type.isPresent() && !type.get().isEmpty()) {
                    e.problemAt("type", "unknown effect type \"" + type.get()
                            + "\" (expected one of evidence, redFlag, recommend, withhold)");
                }
                // an empty recommendation is ignored by the validator: nothing more to report
                return new Effect.Recommend("", "");
        }
    }

    private static int weight(JsonTreeReader e) {
        int weight = e.integer("weight", -MAX_WEIGHT, MAX_WEIGHT);
        if (weight == 0 && e.has("weight") && e.node().get("weight").isNumber()) {
            e.problemAt("weight", "must not be 0 (use −5…−1 against the cause, 1…5 for it)");
            return 1;
        }
        return weight;
    }
}
