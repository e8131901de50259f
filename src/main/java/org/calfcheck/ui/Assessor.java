package org.calfcheck.ui;

import java.util.List;
import java.util.Optional;
import org.calfcheck.content.Content;
import org.calfcheck.content.Question;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;

/** What the screens need from the engine: nothing more, so tests can count or slow down calls. */
public interface Assessor {

    Content content();

    Assessment assess(Answers answers);

    List<AnswerProblem> check(Answers answers);

    /** The questions asked with these answers, in questionnaire order. */
    List<Question> shownQuestions(Answers answers);

    /** The final assessment when the answers so far already make it certain; see {@code Engine.decided}. */
    Optional<Assessment> decided(Answers soFar);
}
