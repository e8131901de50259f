package org.calfcheck.ui;

import org.calfcheck.content.QuestionType;
import org.calfcheck.engine.Answer;

/** Sets an answer through a question's typed setters, as its controls do. */
final class AnswerSetter {

    private AnswerSetter() {
    }

    static void set(QuestionViewModel q, Answer answer) {
        if (answer instanceof Answer.ChosenMany many) {
            many.choices().forEach(c -> q.toggle(c, true));
        } else if (answer instanceof Answer.Chosen one) {
            q.choose(one.choice());
        } else if (answer instanceof Answer.Unknown) {
            if (q.question().type() == QuestionType.NUMBER) {
                q.unknownProperty().set(true);
            } else {
                q.choose(QuestionViewModel.UNKNOWN);
            }
        } else if (answer instanceof Answer.Number n) {
            if (q.question().type() == QuestionType.SCALE) {
                q.setScale((int) n.value());
            } else {
                q.numberTextProperty().set(UnitWords.number(n.value()));
            }
        }
    }
}
