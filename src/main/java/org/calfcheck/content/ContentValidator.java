package org.calfcheck.content;

import static org.calfcheck.content.ContentLoader.CAUSES;
import static org.calfcheck.content.ContentLoader.EXERCISES;
import static org.calfcheck.content.ContentLoader.PREVENTION;
import static org.calfcheck.content.ContentLoader.QUESTIONNAIRE;
import static org.calfcheck.content.ContentLoader.RECOVERY;
import static org.calfcheck.content.ContentLoader.RED_FLAGS;
import static org.calfcheck.content.ContentLoader.RULES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that need the whole content rather than one field: ids unique across every file, references that
 * point at an item of the right kind, red flags with a real care level, placeholders in reasons; conditions are
 * handed to {@link ConditionValidator}. Runs after the structural pass, on whatever could be read: references into
 * a file that failed to parse are not checked, so one broken file does not bury the rest under false alarms.
 */
final class ContentValidator {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final Content content;
    private final Set<String> readableFiles;
    private final Set<String> untypedQuestions;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, String> firstUse = new HashMap<>();
    private final Map<String, ContentItem> items;

    ContentValidator(Content content, Set<String> readableFiles, Set<String> untypedQuestions) {
        this.content = content;
        this.readableFiles = Set.copyOf(readableFiles);
        this.untypedQuestions = Set.copyOf(untypedQuestions);
        this.items = content.itemsById();
    }

    List<ContentProblem> problems() {
        checkIds();
        checkCauses();
        checkRedFlags();
        checkChoices();
        checkRules();
        new ConditionValidator(content, readableFiles.contains(QUESTIONNAIRE), untypedQuestions, problems).check();
        new ReturnPlanValidator(content, readableFiles, problems).check();
        return List.copyOf(problems);
    }

    private void checkIds() {
        ids(CAUSES, "$.causes", content.causes());
        ids(EXERCISES, "$.exercises", content.exercises());
        ids(RECOVERY, "$.recovery", content.recovery());
        ids(PREVENTION, "$.advice", content.advice());
        ids(RED_FLAGS, "$.redFlags", content.redFlags());
        List<Section> sections = content.questionnaire().sections();
        for (int s = 0; s < sections.size(); s++) {
            id(sections.get(s).id(), QUESTIONNAIRE, "$.sections[" + s + "].id");
            List<Question> questions = sections.get(s).questions();
            for (int q = 0; q < questions.size(); q++) {
                id(questions.get(q).id(), QUESTIONNAIRE, "$.sections[" + s + "].questions[" + q + "].id");
            }
        }
        for (int r = 0; r < content.rules().size(); r++) {
            id(content.rules().get(r).id(), RULES, "$.rules[" + r + "].id");
        }
    }

    private void ids(String file, String list, List<? extends ContentItem> items) {
        for (int i = 0; i < items.size(); i++) {
            id(items.get(i).id(), file, list + "[" + i + "].id");
        }
    }

    private void id(String id, String file, String path) {
        if (id.isEmpty()) {
            return;
        }
        String first = firstUse.putIfAbsent(id, file + " " + path);
        if (first != null) {
            add(file, path, "duplicate id \"" + id + "\" (already used at " + first + ")");
        }
    }

    private void checkCauses() {
        for (int i = 0; i < content.causes().size(); i++) {
            routineItems(CAUSES, "$.causes[" + i + "].helpedBy", content.causes().get(i).helpedBy());
        }
    }

    private void checkRedFlags() {
        for (int i = 0; i < content.redFlags().size(); i++) {
            RedFlag flag = content.redFlags().get(i);
            if (flag.careLevel() == CareLevel.SELF_CARE) {
                add(RED_FLAGS, "$.redFlags[" + i + "].careLevel",
                        "a red flag's care level cannot be SELF_CARE (use SOON, URGENT or EMERGENCY)");
            }
            routineItems(RED_FLAGS, "$.redFlags[" + i + "].withholds", flag.withholds());
        }
        checkHelpSigns();
    }

    /** Each line names real flags, and every care level has lines of its own, so no result lacks them. */
    private void checkHelpSigns() {
        if (!readableFiles.contains(RED_FLAGS)) {
            return;
        }
        List<HelpSign> signs = content.getHelpIf();
        for (int i = 0; i < signs.size(); i++) {
            List<String> flags = signs.get(i).redFlags();
            for (int f = 0; f < flags.size(); f++) {
                String id = flags.get(f);
                if (content.redFlag(id).isEmpty()) {
                    add(RED_FLAGS, "$.getHelpIf[" + i + "].redFlags[" + f + "]",
                            "unknown red flag \"" + id + "\" (no red flag in " + RED_FLAGS + " has this id)");
                }
            }
        }
        for (CareLevel level : CareLevel.values()) {
            boolean covered = signs.stream().anyMatch(s -> s.redFlags().isEmpty() && s.careLevels().contains(level));
            if (!signs.isEmpty() && !covered) {
                add(RED_FLAGS, "$.getHelpIf", "no line for every " + level + " result (one with careLevels "
                        + level + " and no redFlags)");
            }
        }
    }

    private void checkChoices() {
        List<Section> sections = content.questionnaire().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Question> questions = sections.get(s).questions();
            for (int q = 0; q < questions.size(); q++) {
                Set<String> seen = new HashSet<>();
                List<Choice> choices = questions.get(q).choices();
                for (int c = 0; c < choices.size(); c++) {
                    String id = choices.get(c).id();
                    if (!id.isEmpty() && !seen.add(id)) {
                        add(QUESTIONNAIRE, "$.sections[" + s + "].questions[" + q + "].choices[" + c + "].id",
                                "duplicate choice id \"" + id + "\" in question \"" + questions.get(q).id() + "\"");
                    }
                }
            }
        }
    }

    private void checkRules() {
        for (int r = 0; r < content.rules().size(); r++) {
            List<Effect> effects = content.rules().get(r).effects();
            for (int e = 0; e < effects.size(); e++) {
                effect(effects.get(e), "$.rules[" + r + "].effects[" + e + "]");
            }
        }
    }

    private void effect(Effect effect, String path) {
        if (effect instanceof Effect.Evidence evidence) {
            reference(evidence.cause(), path + ".cause", CAUSES, Cause.class, "cause");
            placeholders(evidence.reason(), path + ".reason");
        } else if (effect instanceof Effect.RaiseFlag flag) {
            reference(flag.redFlag(), path + ".redFlag", RED_FLAGS, RedFlag.class, "red flag");
            placeholders(flag.reason(), path + ".reason");
        } else if (effect instanceof Effect.Recommend recommend) {
            routineItem(RULES, path + ".item", recommend.item());
            placeholders(recommend.reason(), path + ".reason");
        } else if (effect instanceof Effect.Withhold withhold) {
            routineItem(RULES, path + ".item", withhold.item());
            placeholders(withhold.reason(), path + ".reason");
        }
    }

    private void reference(String id, String path, String file, Class<? extends ContentItem> kind, String noun) {
        if (id.isEmpty() || !readableFiles.contains(file)) {
            return;
        }
        ContentItem item = items.get(id);
        if (item == null) {
            add(RULES, path, "unknown " + noun + " \"" + id + "\" (no " + noun + " in " + file + " has this id)");
        } else if (!kind.isInstance(item)) {
            add(RULES, path, "\"" + id + "\" is " + describe(item) + ", not a " + noun);
        }
    }

    private void routineItems(String file, String path, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            routineItem(file, path + "[" + i + "]", ids.get(i));
        }
    }

    /** Only exercises, recovery steps and advice can go into (or be kept out of) a routine. */
    private void routineItem(String file, String path, String id) {
        if (id.isEmpty() || !(readableFiles.containsAll(List.of(EXERCISES, RECOVERY, PREVENTION)))) {
            return;
        }
        ContentItem item = items.get(id);
        if (item == null) {
            add(file, path, "unknown item \"" + id + "\" (no exercise, recovery step or advice has this id)");
        } else if (item instanceof Cause || item instanceof RedFlag) {
            add(file, path, "\"" + id + "\" is " + describe(item) + ", not an exercise, recovery step or advice");
        }
    }

    private void placeholders(String reason, String path) {
        Matcher m = PLACEHOLDER.matcher(reason);
        while (m.find()) {
            String fact = m.group(1);
            boolean known = DerivedFact.fromFactName(fact).isPresent()
                    || content.questionnaire().question(fact).isPresent()
                    || (!fact.startsWith(DerivedFact.PREFIX) && !readableFiles.contains(QUESTIONNAIRE));
            if (!known) {
                add(RULES, path, "placeholder {" + fact + "} names an unknown fact"
                        + " (use a question id or one of " + ConditionValidator.derivedNames() + ")");
            }
        }
    }

    private static String describe(ContentItem item) {
        return item instanceof Cause ? "a cause" : item instanceof RedFlag ? "a red flag" : "an item";
    }

    private void add(String file, String path, String message) {
        problems.add(new ContentProblem(file, path, message));
    }
}
