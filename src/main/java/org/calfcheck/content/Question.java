package org.calfcheck.content;

import java.util.List;
import java.util.Optional;

/**
 * One question of the questionnaire.
 *
 * @param choices      the options of a choice question; empty for other types
 * @param unit         the unit of a number question; {@link Unit#NONE} otherwise
 * @param range        the accepted range of a number question (0–10 for a scale)
 * @param allowUnknown whether "don't know" is an accepted answer
 * @param required     the runner must answer (a real answer, or "don't know" where allowed) while it is shown
 * @param showWhen     the question is asked only when this holds; empty means always
 */
public record Question(String id, QuestionType type, String text, String help, List<Choice> choices, Unit unit,
                       Optional<NumberRange> range, boolean allowUnknown, boolean required,
                       Optional<Condition> showWhen) {

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
