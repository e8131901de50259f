package org.calfcheck.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.calfcheck.content.Choice;
import org.calfcheck.content.DerivedFact;
import org.calfcheck.content.Question;
import org.calfcheck.content.QuestionType;
import org.calfcheck.content.Unit;

/**
 * Fills {@code {fact}} placeholders in a reason with the runner's own values: numbers rounded to whole,
 * distances in the runner's unit ("40 km", "25 miles"), choices by their label. Anything else in braces is
 * left as written.
 */
final class ReasonText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    static final String UNSURE_SUFFIX = " (you weren't sure, so CalfCheck plays it safe)";
    private static final String INCREASE = "{" + DerivedFact.WEEKLY_INCREASE_PERCENT.factName() + "}";

    private final Facts facts;
    private final DistanceUnit shownIn;

    ReasonText(Facts facts, DistanceUnit shownIn) {
        this.facts = facts;
        this.shownIn = shownIn;
    }

    String fill(String template) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        if (template.contains(INCREASE) && increaseIsCapped()) {
            // the stored figure is only a cap (and a percentage of nothing means nothing): say what happened
            template = "you went from {" + facts.inputs().usualWeeklyDistance() + "} in a usual week to {"
                    + facts.inputs().weeklyDistance() + "} in the last seven days";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(value(name).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The reason of an effect from {@code rule}, saying so when only a "don't know" made the rule apply. */
    String fill(String template, FiredRule rule) {
        String filled = fill(template);
        return rule.unsure() ? filled + UNSURE_SUFFIX : filled;
    }

    /** True when the increase reached its cap, as it does from a usual week of nothing. */
    private boolean increaseIsCapped() {
        return facts.fact(DerivedFact.WEEKLY_INCREASE_PERCENT.factName()) instanceof Fact.Known k
                && k.answer() instanceof Answer.Number n && n.value() >= DerivedInputs.MAX_INCREASE_PERCENT;
    }

    private Optional<String> value(String name) {
        Optional<DerivedFact> derived = facts.index().derivedFact(name);
        Optional<Question> question = facts.index().question(name);
        if (derived.isEmpty() && question.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = facts.fact(name);
        if (fact instanceof Fact.NotAsked) {
            return Optional.of("not asked");
        }
        if (!(fact instanceof Fact.Known known)) {
            return Optional.of("not known");
        }
        boolean distance = question.map(q -> q.unit() == Unit.DISTANCE).orElse(false)
                || derived.filter(d -> d == DerivedFact.SHOE_KM || d == DerivedFact.WEEKLY_KM).isPresent();
        return Optional.of(describe(known.answer(), question, distance));
    }

    private String describe(Answer answer, Optional<Question> question, boolean distance) {
        if (answer instanceof Answer.Number n) {
            return distance ? distance(n.value()) : Long.toString(Math.round(n.value()));
        }
        if (answer instanceof Answer.Chosen c) {
            return label(c.choice(), question);
        }
        if (answer instanceof Answer.ChosenMany many) {
            return listInWords(many.choices().stream().map(id -> label(id, question)).toList());
        }
        return "not known";
    }

    /** A distance held in kilometres, shown in the runner's unit. */
    String distance(double km) {
        long rounded = Math.round(shownIn.fromKm(km));
        String unit = shownIn == DistanceUnit.KM ? "km" : rounded == 1 ? "mile" : "miles";
        return rounded + " " + unit;
    }

    private static String label(String choiceId, Optional<Question> question) {
        if (question.isEmpty() || question.get().type() == QuestionType.YES_NO) {
            return choiceId;
        }
        return question.get().choice(choiceId).map(Choice::label).orElse(choiceId);
    }

    static String listInWords(List<String> parts) {
        if (parts.isEmpty()) {
            return "none";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
