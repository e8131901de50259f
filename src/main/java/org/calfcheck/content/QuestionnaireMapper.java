package org.calfcheck.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.JsonTreeReader.Need;

/**
 * Maps {@code questionnaire.json} onto {@link Questionnaire}. The fields a question may carry depend on its type
 * (choices for choice questions, a range for numbers), so those checks live here where the type is known.
 */
final class QuestionnaireMapper {

    static final NumberRange SCALE_RANGE = new NumberRange(0, 10);
    private static final List<Choice> YES_NO = List.of(new Choice("yes", "Yes"), new Choice("no", "No"));

    private QuestionnaireMapper() {
    }

    /**
     * @param untyped receives the ids of questions whose type could not be read, so the validator does not judge
     *                comparisons on them against a stand-in type
     */
    static Questionnaire read(JsonTreeReader root, Set<String> untyped) {
        root.allowFields("sections");
        return new Questionnaire(root.objects("sections", Need.NON_EMPTY, s -> section(s, untyped)));
    }

    private static Section section(JsonTreeReader s, Set<String> untyped) {
        s.allowFields("id", "title", "intro", "questions");
        return new Section(s.id("id"), s.text("title"), s.text("intro", ""),
                s.objects("questions", Need.NON_EMPTY, q -> question(q, untyped)));
    }

    private static Question question(JsonTreeReader q, Set<String> untyped) {
        q.allowFields("id", "type", "text", "help", "choices", "unit", "range", "allowUnknown", "required",
                "showWhen");
        String id = q.id("id");
        Optional<QuestionType> type = q.enumValue("type", QuestionType.class);
        String text = q.text("text");
        String help = q.text("help", "");
        if (type.isEmpty()) {
            untyped.add(id);
        }
        QuestionType kind = type.orElse(QuestionType.YES_NO);
        List<Choice> choices = choices(q, kind, type.isPresent());
        Unit unit = kind == QuestionType.NUMBER ? q.enumValue("unit", Unit.class, Unit.NONE) : Unit.NONE;
        Optional<NumberRange> range = range(q, kind, type.isPresent());
        if (type.isPresent() && kind != QuestionType.NUMBER && q.has("unit")) {
            q.problemAt("unit", "only NUMBER questions have a unit");
        }
        return new Question(id, kind, text, help, choices, unit, range, q.flag("allowUnknown", false),
                q.flag("required", false, true), ConditionMapper.read(q, "showWhen", false));
    }

    private static List<Choice> choices(JsonTreeReader q, QuestionType type, boolean typeKnown) {
        boolean choiceType = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTI_CHOICE;
        if (choiceType) {
            return q.objects("choices", Need.NON_EMPTY, QuestionnaireMapper::choice);
        }
        if (q.has("choices") && typeKnown) {
            q.problemAt("choices", type == QuestionType.YES_NO
                    ? "a YES_NO question has the fixed choices \"yes\" and \"no\": remove \"choices\""
                    : "only SINGLE_CHOICE and MULTI_CHOICE questions have choices");
        }
        return type == QuestionType.YES_NO ? YES_NO : List.of();
    }

    private static Choice choice(JsonTreeReader c) {
        c.allowFields("id", "label");
        return new Choice(c.id("id"), c.text("label"));
    }

    private static Optional<NumberRange> range(JsonTreeReader q, QuestionType type, boolean typeKnown) {
        if (type == QuestionType.NUMBER) {
            if (!q.has("range")) {
                q.problemAt("range", "a NUMBER question needs a range {\"min\": …, \"max\": …}");
                return Optional.empty();
            }
            return q.object("range", true).map(QuestionnaireMapper::numberRange);
        }
        if (q.has("range") && typeKnown) {
            q.problemAt("range", type == QuestionType.SCALE
                    ? "a SCALE question always runs from 0 to 10: remove \"range\""
                    : "only NUMBER questions have a range");
        }
        return type == QuestionType.SCALE ? Optional.of(SCALE_RANGE) : Optional.empty();
    }

    private static NumberRange numberRange(JsonTreeReader r) {
        r.allowFields("min", "max");
        double min = r.number("min");
        double max = r.number("max");
        if (min > max) {
            r.problem("min " + plain(min) + " is above max " + plain(max));
            return new NumberRange(min, min);
        }
        return new NumberRange(min, max);
    }

    /** 5.0 → "5", 2.5 → "2.5". */
    private static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
