package org.calfcheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.calfcheck.content.NumberRange;
import org.calfcheck.content.Question;
import org.calfcheck.content.QuestionType;
import org.calfcheck.content.Unit;

/**
 * Turns a list of random numbers into answers that are valid for a questionnaire, the way a runner fills it in:
 * question by question, answering only what is shown, values of the right type within range, sometimes
 * "don't know" where it is allowed, sometimes skipping a question that is not required. Most answers come from a
 * calm runner's answers (when that question has one) and the rest are random, so every care level turns up, not
 * only the emergencies that uniformly random answers almost always contain. Plain numbers in, so jqwik can shrink
 * a failing case.
 */
final class GeneratedAnswers {

    private GeneratedAnswers() {
    }

    /** How many random numbers {@link #build} uses per question. */
    static final int PER_QUESTION = 3;

    static Answers build(Engine engine, DistanceUnit units, List<Integer> seeds, Answers calm) {
        Answers answers = Answers.empty(units);
        List<Question> questions = engine.content().questionnaire().questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!engine.isShown(q, answers)) {
                continue;
            }
            int mode = seed(seeds, i * PER_QUESTION);
            int a = seed(seeds, i * PER_QUESTION + 1);
            int b = seed(seeds, i * PER_QUESTION + 2);
            if (q.allowUnknown() && mode % 20 == 1) {
                answers = answers.with(q.id(), new Answer.Unknown());
            } else if (!q.required() && mode % 10 == 2) {
                continue;
            } else if (mode % 10 >= 3 && calm.get(q.id()).filter(c -> !(c instanceof Answer.Unknown)).isPresent()
                    && (q.type() != QuestionType.NUMBER || calm.units() == units)) {
                answers = answers.with(q.id(), calm.get(q.id()).get());
            } else {
                answers = answers.with(q.id(), value(q, units, a, b));
            }
        }
        return answers;
    }

    private static int seed(List<Integer> seeds, int index) {
        return index < seeds.size() ? Math.abs(seeds.get(index)) : 0;
    }

    private static Answer value(Question q, DistanceUnit units, int a, int b) {
        return switch (q.type()) {
            // "yes" one time in five: most yes/no questions are warning signs, and a runner has few of them
            case YES_NO -> new Answer.Chosen(a % 5 == 0 ? "yes" : "no");
            case SINGLE_CHOICE -> new Answer.Chosen(q.choices().get(a % q.choices().size()).id());
            case MULTI_CHOICE -> {
                long bits = ((long) a << 31) ^ b;
                List<String> picked = new ArrayList<>();
                for (int c = 0; c < q.choices().size(); c++) {
                    if ((bits >> (c % 62) & 1) == 1) {
                        picked.add(q.choices().get(c).id());
                    }
                }
                yield new Answer.ChosenMany(picked);
            }
            case SCALE -> new Answer.Number(a % 11);
            case NUMBER -> new Answer.Number(number(q, units, a, b));
        };
    }

    /** A whole number in range (in the runner's unit for distances), mostly small, sometimes near the limits. */
    private static double number(Question q, DistanceUnit units, int a, int b) {
        NumberRange range = q.range().orElse(new NumberRange(0, 100));
        double min = range.min();
        double max = range.max();
        if (q.unit() == Unit.DISTANCE) {
            min = Math.ceil(units.fromKm(min));
            max = Math.floor(units.fromKm(max));
        } else {
            min = Math.ceil(min);
            max = Math.floor(max);
        }
        long span = (long) (max - min);
        if (span <= 0) {
            return min;
        }
        long small = Math.min(span, 60);
        return switch (b % 4) {
            case 0 -> max - (a % (Math.min(span, 3) + 1));
            case 1 -> min + a % (span + 1);
            default -> min + a % (small + 1);
        };
    }
}
