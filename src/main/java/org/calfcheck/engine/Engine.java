package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Content;
import org.calfcheck.content.HelpSign;
import org.calfcheck.content.Question;
import org.calfcheck.content.Section;

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
        return assessment(rules, triage.raisedFlags(rules, text), text);
    }

    /** {@link #decided(Answers, DistanceUnit)} with distances in the answers' own unit. */
    public Optional<Assessment> decided(Answers soFar) {
        return decided(soFar, soFar.units());
    }

    /**
     * The final assessment when the answers so far already make the outcome certain, so nothing more need be
     * asked: a red flag of care level EMERGENCY raised by a rule that is TRUE (not merely possible) whatever the
     * questions still to come are answered. A question left out counts as still to come, never as "don't know".
     * The assessment holds just those certain emergency flags, and what follows from the rules that are TRUE.
     * Empty while the outcome still depends on answers to come.
     */
    public Optional<Assessment> decided(Answers soFar, DistanceUnit shownIn) {
        Facts facts = new Facts(index, soFar, inputs, true);
        ReasonText text = new ReasonText(facts, shownIn);
        List<FiredRule> certain = FiredRule.evaluate(content.rules(), facts).stream()
                .filter(rule -> rule.truth() == Truth.TRUE).toList();
        List<RaisedFlag> emergencies = triage.raisedFlags(certain, text).stream()
                .filter(flag -> flag.careLevel() == CareLevel.EMERGENCY).toList();
        return emergencies.isEmpty() ? Optional.empty() : Optional.of(assessment(certain, emergencies, text));
    }

    private Assessment assessment(List<FiredRule> rules, List<RaisedFlag> flags, ReasonText text) {
        CareLevel level = Triage.careLevel(flags);
        // at an emergency a likely cause would only distract from getting help
        List<LikelyCause> causes = level == CareLevel.EMERGENCY ? List.of() : scoring.likelyCauses(rules, text);
        Map<String, RoutineBuilder.Candidate> candidates = routines.candidates(causes, rules, text);
        List<WithheldItem> withheld = withholding.withheld(flags, rules, new ArrayList<>(candidates.keySet()), text);
        Set<String> withheldIds = withheld.stream().map(WithheldItem::id).collect(Collectors.toSet());
        Routine routine = routines.routine(level, flags, candidates, withheldIds);
        List<RaisedFlag> shown = Triage.underLevel(flags, level);
        Set<String> raised = flags.stream().map(RaisedFlag::id).collect(Collectors.toSet());
        List<String> getHelpIf = content.getHelpIf().stream().filter(s -> s.fits(level, raised))
                .map(HelpSign::text).toList();
        return new Assessment(content.version(), level, shown, causes, routine, withheld, getHelpIf);
    }

    /** Every problem with the answers at once; empty when they are complete and valid. */
    public List<AnswerProblem> check(Answers answers) {
        return answerCheck.check(facts(answers));
    }

    /** Problems with the answered values alone (type, choice, range), for answers kept from an earlier check. */
    public List<AnswerProblem> checkValues(Answers answers) {
        return answerCheck.valueProblems(answers);
    }

    /**
     * Every problem with answers so far, leaving out the questions still to come: no "required" problems, and an
     * answer counts as to a hidden question only when the answers given already hide it.
     */
    public List<AnswerProblem> checkSoFar(Answers soFar) {
        return answerCheck.check(new Facts(index, soFar, inputs, true));
    }

    /** Whether the questionnaire asks this question, given the answers so far. */
    public boolean isShown(Question question, Answers answers) {
        return facts(answers).isShown(question);
    }

    /**
     * The questions the questionnaire asks with these answers, in questionnaire order, worked out over one set of
     * facts. An answer to a question that is not asked never shows another question.
     */
    public List<Question> shownQuestions(Answers answers) {
        Facts facts = facts(answers);
        return index.questions().stream().filter(facts::isShown).toList();
    }

    /**
     * The questions a runner who gives these answers is asked, as the questionnaire pages them: each page's shown
     * questions, stopping after the page whose answers make the result certain ({@link #decided}). Its size is
     * the "questions asked" count of an example.
     */
    public List<Question> questionsAsked(Answers answers) {
        Set<Question> shown = Set.copyOf(shownQuestions(answers));
        List<Question> asked = new ArrayList<>();
        Answers soFar = Answers.empty(answers.units());
        for (Section section : content.questionnaire().sections()) {
            for (Question question : section.questions()) {
                if (shown.contains(question)) {
                    asked.add(question);
                    Optional<Answer> answer = answers.get(question.id());
                    soFar = answer.isPresent() ? soFar.with(question.id(), answer.get()) : soFar;
                }
            }
            if (decided(soFar).isPresent()) {
                break;
            }
        }
        return List.copyOf(asked);
    }

    private Facts facts(Answers answers) {
        return new Facts(index, answers, inputs);
    }
}
