package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.calfcheck.content.Content;
import org.calfcheck.content.Question;

/**
 * The rules engine: turns a runner's answers into an {@link Assessment} (triage first, then likely causes, then
 * the routine). Immutable and thread-safe; the same answers always give an equal assessment.
 */
public final class Engine {

    private final Content content;
    private final ContentIndex index;
    private final DerivedInputs inputs;
    private final Triage triage;
    private final CauseScoring scoring;
    private final RoutineBuilder routines;
    private final Withholding withholding;
    private final AnswerCheck answerCheck;

    public Engine(Content content) {
        this(content, DerivedInputs.STANDARD);
    }

    public Engine(Content content, DerivedInputs inputs) {
        this.content = content;
        this.index = new ContentIndex(content);
        this.inputs = inputs;
        this.triage = new Triage(index);
        this.scoring = new CauseScoring(content);
        this.routines = new RoutineBuilder(index);
        this.withholding = new Withholding(index);
        this.answerCheck = new AnswerCheck(index);
    }

    public Content content() {
        return content;
    }

    /** Assesses answers, showing distances in the answers' own unit. */
    public Assessment assess(Answers answers) {
        return assess(answers, answers.units());
    }

    /**
     * Assesses answers, with distances in reasons shown in {@code shownIn}. Never throws for answers of the
     * right types; answers to hidden or unknown questions are ignored (see {@link #check}).
     */
    public Assessment assess(Answers answers, DistanceUnit shownIn) {
        Facts facts = facts(answers);
        ReasonText text = new ReasonText(facts, shownIn);
        List<FiredRule> rules = FiredRule.evaluate(content.rules(), facts);
        List<RaisedFlag> flags = triage.raisedFlags(rules, text);
        List<LikelyCause> causes = scoring.likelyCauses(rules, text);
        Map<String, List<String>> candidates = routines.candidates(causes, rules);
        List<WithheldItem> withheld = withholding.withheld(flags, rules, new ArrayList<>(candidates.keySet()), text);
        Set<String> withheldIds = withheld.stream().map(WithheldItem::id).collect(Collectors.toSet());
        Routine routine = routines.routine(candidates, withheldIds);
        return new Assessment(content.version(), Triage.careLevel(flags), flags, causes, routine, withheld);
    }

    /** Every problem with the answers at once; empty when they are complete and valid. */
    public List<AnswerProblem> check(Answers answers) {
        return answerCheck.check(facts(answers));
    }

    /** Problems with the answered values alone (type, choice, range), for answers kept from an earlier check. */
    public List<AnswerProblem> checkValues(Answers answers) {
        return answerCheck.valueProblems(answers);
    }

    /** Whether the questionnaire asks this question, given the answers so far. */
    public boolean isShown(Question question, Answers answers) {
        return facts(answers).isShown(question);
    }

    private Facts facts(Answers answers) {
        return new Facts(index, answers, inputs);
    }
}
