package org.calfcheck.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All of CalfCheck's knowledge, loaded and validated. Immutable; build it with {@link ContentLoader}.
 *
 * @param version the content version a saved assessment records
 * @param plan      the return-to-run plan ({@code recovery-plan.json})
 * @param getHelpIf what to watch for and do, by care level and flag ({@code redflags.json})
 */
public record Content(String version, List<Cause> causes, List<Exercise> exercises, List<RecoveryStep> recovery,
                      List<Advice> advice, List<RedFlag> redFlags, Questionnaire questionnaire, List<Rule> rules,
                      ReturnPlan plan, List<HelpSign> getHelpIf) {

    public Content {
        causes = List.copyOf(causes);
        exercises = List.copyOf(exercises);
        recovery = List.copyOf(recovery);
        advice = List.copyOf(advice);
        redFlags = List.copyOf(redFlags);
        rules = List.copyOf(rules);
        getHelpIf = List.copyOf(getHelpIf);
    }

    /** Content without a return-to-run plan or get-help lines, for content built in code for the check alone. */
    public Content(String version, List<Cause> causes, List<Exercise> exercises, List<RecoveryStep> recovery,
                   List<Advice> advice, List<RedFlag> redFlags, Questionnaire questionnaire, List<Rule> rules) {
        this(version, causes, exercises, recovery, advice, redFlags, questionnaire, rules, ReturnPlan.NONE,
                List.of());
    }

    /** Every item with an id, in file order: causes, exercises, recovery, advice, red flags. */
    public Map<String, ContentItem> itemsById() {
        Map<String, ContentItem> byId = new LinkedHashMap<>();
        Stream.of(causes, exercises, recovery, advice, redFlags)
                .flatMap(List::stream)
                .forEach(item -> byId.putIfAbsent(item.id(), item));
        return byId;
    }

    public Optional<ContentItem> item(String id) {
        return Optional.ofNullable(itemsById().get(id));
    }

    public Optional<Cause> cause(String id) {
        return causes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<RedFlag> redFlag(String id) {
        return redFlags.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
