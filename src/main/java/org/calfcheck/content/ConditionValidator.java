package org.calfcheck.content;

import static org.calfcheck.content.ContentLoader.QUESTIONNAIRE;
import static org.calfcheck.content.ContentLoader.RULES;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.NumberOperand;
import org.calfcheck.content.Condition.Operator;

/**
 * Checks every condition (rules' {@code when}, questions' {@code showWhen}) against the questionnaire: the fact
 * exists, the operator and value fit the question's type and choices, a question is shown only after what it
 * depends on, a question that can raise a red flag must be answered, and a red-flag rule may read a question that
 * can be hidden only when it also holds that question's {@code showWhen}.
 */
final class ConditionValidator {

    private final Content content;
    private final boolean questionnaireReadable;
    private final Set<String> untypedQuestions;
    private final List<ContentProblem> problems;
    private final List<Question> questions;

    ConditionValidator(Content content, boolean questionnaireReadable, Set<String> untypedQuestions,
                       List<ContentProblem> problems) {
        this.content = content;
        this.questionnaireReadable = questionnaireReadable;
        this.untypedQuestions = untypedQuestions;
        this.problems = problems;
        this.questions = content.questionnaire().questions();
    }

    static String derivedNames() {
        return Arrays.stream(DerivedFact.values()).map(DerivedFact::factName).collect(Collectors.joining(", "));
    }

    void check() {
        List<Section> sections = content.questionnaire().sections();
        int order = 0;
        for (int s = 0; s < sections.size(); s++) {
            List<Question> inSection = sections.get(s).questions();
            for (int q = 0; q < inSection.size(); q++, order++) {
                Question question = inSection.get(q);
                int position = order;
                String showWhen = "$.sections[" + s + "].questions[" + q + "].showWhen";
                question.showWhen().ifPresent(when -> walk(when, showWhen, (compare, path) -> {
                    if (fits(compare, path, QUESTIONNAIRE)) {
                        askedBefore(compare, path, position);
                    }
                }));
            }
        }
        for (int r = 0; r < content.rules().size(); r++) {
            Rule rule = content.rules().get(r);
            boolean raisesFlag = rule.effects().stream().anyMatch(e -> e instanceof Effect.RaiseFlag);
            walk(rule.when(), "$.rules[" + r + "].when", (compare, path) -> {
                if (fits(compare, path, RULES) && raisesFlag) {
                    requiredForRedFlag(compare, path);
                }
            });
            if (raisesFlag) {
                gatedForRedFlag(rule.when(), "$.rules[" + r + "].when");
            }
        }
    }

    /**
     * A comparison on a hidden question is false, so a red-flag rule reading a question that can be hidden could be
     * talked out of its flag by the answer that hides the question. The rule is sound only when it cannot hold
     * while the question is hidden: its condition is an {@code all} that also holds the question's {@code showWhen}.
     */
    private void gatedForRedFlag(Condition when, String path) {
        for (String fact : when.facts()) {
            content.questionnaire().question(fact).ifPresent(question -> question.showWhen().ifPresent(gate -> {
                boolean holdsGate = when instanceof Condition.All all && all.all().stream().anyMatch(part -> part.sameAs(gate));
                if (!holdsGate) {
                    add(RULES, path, "red-flag rule reads question \"" + fact + "\", which can be hidden: make the"
                            + " condition an \"all\" that also holds that question's showWhen, so the answer that hides"
                            + " the question cannot hide the flag");
                }
            }));
        }
    }

    /** Visits every comparison in a condition tree with its JSON path. */
    static void walk(Condition condition, String path, BiConsumer<Compare, String> visit) {
        if (condition instanceof Condition.All all) {
            for (int i = 0; i < all.all().size(); i++) {
                walk(all.all().get(i), path + ".all[" + i + "]", visit);
            }
        } else if (condition instanceof Condition.Any any) {
            for (int i = 0; i < any.any().size(); i++) {
                walk(any.any().get(i), path + ".any[" + i + "]", visit);
            }
        } else if (condition instanceof Condition.Not not) {
            walk(not.not(), path + ".not", visit);
        } else if (condition instanceof Compare compare) {
            visit.accept(compare, path);
        }
    }

    /** Whether the comparison names a known fact; reports a value that does not fit its question's type. */
    private boolean fits(Compare compare, String path, String file) {
        String fact = compare.fact();
        if (fact.isEmpty()) {
            return false;
        }
        if (fact.startsWith(DerivedFact.PREFIX)) {
            if (DerivedFact.fromFactName(fact).isEmpty()) {
                add(file, path + ".fact", "unknown derived fact \"" + fact + "\" (known: " + derivedNames() + ")");
                return false;
            }
            fitsNumber(compare, path, file, "derived fact \"" + fact + "\"");
            return true;
        }
        Optional<Question> question = content.questionnaire().question(fact);
        if (question.isEmpty()) {
            if (questionnaireReadable) {
                add(file, path + ".fact", "unknown fact \"" + fact + "\": no question has this id"
                        + " and it is not a derived fact (" + derivedNames() + ")");
            }
            return false;
        }
        if (!untypedQuestions.contains(fact)) {
            fitsQuestion(compare, path, file, question.get());
        }
        return true;
    }

    private void fitsQuestion(Compare compare, String path, String file, Question question) {
        String name = question.type() + " question \"" + question.id() + "\"";
        switch (question.type()) {
            case NUMBER, SCALE -> fitsNumber(compare, path, file, name);
            case MULTI_CHOICE -> {
                if (ConditionMapper.NUMBER_OPS.contains(compare.op())) {
                    add(file, path + ".op", "\"" + compare.op().jsonName() + "\" compares numbers, but " + name
                            + " is answered with choices: use \"contains\" or \"containsAny\"");
                    return;
                }
                offered(compare, path, file, question, name);
            }
            default -> {
                if (ConditionMapper.NUMBER_OPS.contains(compare.op())) {
                    add(file, path + ".op", "\"" + compare.op().jsonName() + "\" compares numbers, but " + name
                            + " is answered with a choice");
                    return;
                }
                if (compare.op() == Operator.CONTAINS || compare.op() == Operator.CONTAINS_ANY) {
                    add(file, path + ".op", "\"" + compare.op().jsonName() + "\" only fits a MULTI_CHOICE question;"
                            + " use \"equals\" or \"in\" for " + name);
                    return;
                }
                offered(compare, path, file, question, name);
            }
        }
    }

    private void fitsNumber(Compare compare, String path, String file, String name) {
        if (ConditionMapper.CHOICE_OPS.contains(compare.op())) {
            add(file, path + ".op", "\"" + compare.op().jsonName() + "\" compares choices, but " + name
                    + " is a number");
        } else if (compare.value().filter(v -> v instanceof ChoiceOperand).isPresent()) {
            add(file, path + ".value", name + " is a number: the value must be a number");
        }
    }

    /** The value of a choice comparison names choices the question really offers. */
    private void offered(Compare compare, String path, String file, Question question, String name) {
        if (compare.value().isEmpty() || question.choices().isEmpty()) {
            return;
        }
        if (compare.value().get() instanceof NumberOperand) {
            add(file, path + ".value", name + " is answered with a choice: the value must be a choice id, not a number");
            return;
        }
        List<String> choices = ((ChoiceOperand) compare.value().get()).choices();
        // on a multi-choice question "equals" means exactly this set; on a single answer several ids mean "in"
        if ((compare.op() == Operator.EQUALS || compare.op() == Operator.NOT_EQUALS) && choices.size() > 1
                && question.type() != QuestionType.MULTI_CHOICE) {
            add(file, path + ".value", "\"" + compare.op().jsonName() + "\" takes one choice; use \"in\" for several");
        }
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            if (!choice.isEmpty() && question.choice(choice).isEmpty()) {
                String offeredIds = question.choices().stream().map(Choice::id).collect(Collectors.joining(", "));
                add(file, choices.size() == 1 ? path + ".value" : path + ".value[" + i + "]",
                        "\"" + choice + "\" is not a choice of " + name + " (choices: " + offeredIds + ")");
            }
        }
    }

    /** showWhen may only look back: the runner must have seen the question it depends on. */
    private void askedBefore(Compare compare, String path, int position) {
        int asked = questions.stream().map(Question::id).toList().indexOf(compare.fact());
        if (asked == position) {
            add(QUESTIONNAIRE, path + ".fact", "showWhen refers to the question itself");
        } else if (asked > position) {
            add(QUESTIONNAIRE, path + ".fact", "showWhen refers to question \"" + compare.fact()
                    + "\", which is asked later");
        }
    }

    /** A skippable question in a red-flag rule would raise the flag as "unknown" without the runner noticing. */
    private void requiredForRedFlag(Compare compare, String path) {
        content.questionnaire().question(compare.fact())
                .filter(q -> !q.required())
                .ifPresent(q -> add(RULES, path + ".fact", "question \"" + q.id() + "\" decides a red flag but is"
                        + " not required: skipping it would raise the flag as unknown without a word"
                        + " (set \"required\": true)"));
    }

    private void add(String file, String path, String message) {
        problems.add(new ContentProblem(file, path, message));
    }
}
