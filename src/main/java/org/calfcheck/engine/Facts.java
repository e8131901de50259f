package org.calfcheck.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.DerivedFact;
import org.calfcheck.content.Question;
import org.calfcheck.content.Unit;

/**
 * One runner's answers seen as facts: which questions are asked, what each answer says, and the derived numbers.
 * Built per assessment; remembers visibility so each showWhen is evaluated once.
 *
 * <p>Answers are either complete (a question left out was skipped: "not known") or so far (a question left out
 * is still to come: it could become any answer, so every comparison on it is unknown, even "is unknown"). With
 * answers so far, a condition that is TRUE stays TRUE whatever the rest of the answers turn out to be.
 */
final class Facts {

    private final ContentIndex index;
    private final Answers answers;
    private final DerivedInputs inputs;
    private final boolean soFar;
    private final Map<String, Truth> visibility = new HashMap<>();
    private final Map<String, Fact> known = new HashMap<>();

    Facts(ContentIndex index, Answers answers, DerivedInputs inputs) {
        this(index, answers, inputs, false);
    }

    /** @param soFar whether a missing answer is still to come rather than skipped */
    Facts(ContentIndex index, Answers answers, DerivedInputs inputs, boolean soFar) {
        this.index = index;
        this.answers = answers;
        this.inputs = inputs;
        this.soFar = soFar;
    }

    Answers answers() {
        return answers;
    }

    /** Whether a missing answer is still to come rather than skipped. */
    boolean soFar() {
        return soFar;
    }

    ContentIndex index() {
        return index;
    }

    /**
     * Whether a question is asked, in three values: TRUE shown, FALSE hidden, UNKNOWN when its showWhen depends
     * on a "don't know". The screen shows only TRUE; rules treat UNKNOWN as "might matter".
     */
    Truth visibility(Question question) {
        Truth known = visibility.get(question.id());
        if (known != null) {
            return known;
        }
        if (question.showWhen().isEmpty()) {
            return Truth.TRUE;
        }
        // A showWhen that refers back to its own question (directly or not) counts as false: never asked.
        visibility.put(question.id(), Truth.FALSE);
        Truth truth = new ConditionEvaluator(this).evaluate(question.showWhen().get());
        visibility.put(question.id(), truth);
        return truth;
    }

    boolean isShown(Question question) {
        return visibility(question) == Truth.TRUE;
    }

    /** The fact named in a condition or a reason: a question id or {@code derived.<name>}. */
    Fact fact(String name) {
        Fact fact = known.get(name);
        if (fact == null) {
            Optional<DerivedFact> derived = index.derivedFact(name);
            fact = derived.isPresent() ? derived(derived.get())
                    : index.question(name).map(this::questionFact).orElse(Fact.NOT_KNOWN);
            known.put(name, fact);
        }
        return fact;
    }

    private Fact questionFact(Question question) {
        return switch (visibility(question)) {
            case FALSE -> Fact.NOT_ASKED;
            case UNKNOWN -> Fact.UNDECIDED;
            case TRUE -> answers.get(question.id())
                    .map(a -> a instanceof Answer.Unknown ? Fact.NOT_KNOWN : new Fact.Known(inKilometres(question, a)))
                    .orElse(soFar ? Fact.UNDECIDED : Fact.NOT_KNOWN);
        };
    }

    private Answer inKilometres(Question question, Answer answer) {
        if (question.unit() == Unit.DISTANCE && answer instanceof Answer.Number n) {
            return new Answer.Number(answers.units().toKm(n.value()));
        }
        return answer;
    }

    private Fact derived(DerivedFact which) {
        return switch (which) {
            case WEEKLY_KM -> number(inputs.weeklyDistance());
            case SHOE_KM -> number(inputs.shoeDistance());
            case REST_WEEKS_BEFORE -> number(inputs.weeksOffBefore());
            case WEEKLY_INCREASE_PERCENT -> increase();
        };
    }

    /** A question's answer as a number, or the reason it is not one. */
    private Fact number(String questionId) {
        Fact fact = fact(questionId);
        if (fact instanceof Fact.Known known && !(known.answer() instanceof Answer.Number)) {
            return Fact.NOT_KNOWN;
        }
        return fact;
    }

    private Fact increase() {
        Fact thisWeek = number(inputs.weeklyDistance());
        Fact usual = number(inputs.usualWeeklyDistance());
        if (thisWeek instanceof Fact.Known now && usual instanceof Fact.Known before) {
            double current = ((Answer.Number) now.answer()).value();
            double base = ((Answer.Number) before.answer()).value();
            double percent = base > 0 ? (current - base) / base * 100
                    : current > 0 ? DerivedInputs.MAX_INCREASE_PERCENT : 0;
            return new Fact.Known(new Answer.Number(Math.min(percent, DerivedInputs.MAX_INCREASE_PERCENT)));
        }
        return weakest(thisWeek, usual);
    }

    /** Not asked wins (the fact is irrelevant), then undecided, then plain unknown. */
    private static Fact weakest(Fact a, Fact b) {
        if (a instanceof Fact.NotAsked || b instanceof Fact.NotAsked) {
            return Fact.NOT_ASKED;
        }
        if (a instanceof Fact.Undecided || b instanceof Fact.Undecided) {
            return Fact.UNDECIDED;
        }
        return Fact.NOT_KNOWN;
    }
}
