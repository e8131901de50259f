package org.calfcheck.content;

import static org.calfcheck.content.ContentLoader.EXERCISES;
import static org.calfcheck.content.ContentLoader.QUESTIONNAIRE;
import static org.calfcheck.content.ContentLoader.RECOVERY;
import static org.calfcheck.content.ContentLoader.RECOVERY_PLAN;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.Condition.ChoiceOperand;
import org.calfcheck.content.Condition.Compare;
import org.calfcheck.content.Condition.NumberOperand;

/**
 * Checks {@code recovery-plan.json} against the rest of the content: unique stage ids, exercises that exist,
 * criteria that test known plan facts with fitting values, a last stage with nowhere to move on to, and warning
 * signs that answer a real question with one of its choices.
 */
final class ReturnPlanValidator {

    private final Content content;
    private final Set<String> readableFiles;
    private final Map<String, ContentItem> items;
    private final List<ContentProblem> problems;

    ReturnPlanValidator(Content content, Set<String> readableFiles, List<ContentProblem> problems) {
        this.content = content;
        this.readableFiles = readableFiles;
        this.items = content.itemsById();
        this.problems = problems;
    }

    void check() {
        if (!readableFiles.contains(RECOVERY_PLAN)) {
            return;
        }
        List<PlanStage> stages = content.plan().stages();
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < stages.size(); s++) {
            PlanStage stage = stages.get(s);
            String path = "$.stages[" + s + "]";
            if (!stage.id().isEmpty() && !ids.add(stage.id())) {
                add(path + ".id", "duplicate stage id \"" + stage.id() + "\"");
            }
            exercises(stage, path);
            stage.moveOnWhen().ifPresent(when -> criteria(when, path + ".moveOnWhen"));
            stage.stepBackWhen().ifPresent(when -> criteria(when, path + ".stepBackWhen"));
            if (s == stages.size() - 1 && stage.moveOnWhen().isPresent()) {
                add(path + ".moveOnWhen", "the last stage has no stage to move on to: remove \"moveOnWhen\"");
            }
            if (s < stages.size() - 1 && stage.moveOnWhen().isEmpty()) {
                add(path, "missing required field \"moveOnWhen\" (every stage but the last needs a way on)");
            }
            if (s == 0 && stage.stepBackWhen().isPresent()) {
                add(path + ".stepBackWhen", "the first stage has no stage to step back to: remove \"stepBackWhen\"");
            }
        }
        if (!stages.isEmpty() && stages.stream().noneMatch(PlanStage::running)) {
            add("$.stages", "no stage has \"running\": true, so the plan never returns to running");
        }
        warningSigns();
    }

    private void exercises(PlanStage stage, String path) {
        if (!readableFiles.containsAll(List.of(EXERCISES, RECOVERY))) {
            return;
        }
        for (int e = 0; e < stage.exercises().size(); e++) {
            String id = stage.exercises().get(e).item();
            ContentItem item = items.get(id);
            if (!id.isEmpty() && !(item instanceof Exercise || item instanceof RecoveryStep)) {
                add(path + ".exercises[" + e + "].item", "unknown exercise \"" + id
                        + "\" (no exercise or recovery step has this id)");
            }
        }
    }

    private void criteria(Condition when, String path) {
        ConditionValidator.walk(when, path, this::compare);
    }

    private void compare(Compare compare, String path) {
        if (compare.fact().isEmpty()) {
            return;
        }
        Optional<PlanFact> fact = PlanFact.fromFactName(compare.fact());
        if (fact.isEmpty()) {
            add(path + ".fact", "unknown plan fact \"" + compare.fact() + "\" (known: " + PlanFact.names() + ")");
            return;
        }
        boolean numberOp = ConditionMapper.NUMBER_OPS.contains(compare.op());
        boolean choiceOp = ConditionMapper.CHOICE_OPS.contains(compare.op());
        if (fact.get().yesNo()) {
            if (numberOp) {
                add(path + ".op", "\"" + compare.op().jsonName() + "\" compares numbers, but \"" + compare.fact()
                        + "\" is yes or no");
            } else if (compare.value().isPresent() && !(compare.value().get() instanceof ChoiceOperand c
                    && PlanFact.yesNoChoices().containsAll(c.choices()))) {
                add(path + ".value", "\"" + compare.fact() + "\" is yes or no: the value must be \"yes\" or \"no\"");
            }
        } else if (choiceOp || !numberOp && compare.value().filter(v -> !(v instanceof NumberOperand)).isPresent()) {
            // a number operator with a choice value is already reported when the condition is read
            add(path + ".value", "\"" + compare.fact() + "\" is a number: compare it with a number");
        }
    }

    private void warningSigns() {
        List<WarningSign> signs = content.plan().warningSigns();
        Set<String> ids = new HashSet<>();
        for (int w = 0; w < signs.size(); w++) {
            WarningSign sign = signs.get(w);
            String path = "$.warningSigns[" + w + "]";
            if (!sign.id().isEmpty() && !ids.add(sign.id())) {
                add(path + ".id", "duplicate warning sign id \"" + sign.id() + "\"");
            }
            if (sign.question().isEmpty() || !readableFiles.contains(QUESTIONNAIRE)) {
                continue;
            }
            Optional<Question> question = content.questionnaire().question(sign.question());
            if (question.isEmpty()) {
                add(path + ".question", "unknown question \"" + sign.question() + "\"");
            } else if (!answers(question.get(), sign.answer())) {
                add(path + ".answer", "\"" + sign.answer() + "\" is not an answer of question \""
                        + sign.question() + "\"");
            }
        }
    }

    private static boolean answers(Question question, String answer) {
        return question.type() == QuestionType.YES_NO ? PlanFact.yesNoChoices().contains(answer)
                : question.choice(answer).isPresent();
    }

    private void add(String path, String message) {
        problems.add(new ContentProblem(RECOVERY_PLAN, path, message));
    }
}
