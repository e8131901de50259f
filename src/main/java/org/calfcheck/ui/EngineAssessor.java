package org.calfcheck.ui;

import java.util.List;
import java.util.Optional;
import org.calfcheck.content.Content;
import org.calfcheck.content.Question;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;

/** The real engine behind the screens. */
public final class EngineAssessor implements Assessor {

    private final Engine engine;

    public EngineAssessor(Engine engine) {
        this.engine = engine;
    }

    /** The engine for {@code content}: what the app hands to {@link AppSetup}. */
    public static Assessor of(Content content) {
        return new EngineAssessor(new Engine(content));
    }

    @Override
    public Content content() {
        return engine.content();
    }

    @Override
    public Assessment assess(Answers answers) {
        return engine.assess(answers);
    }

    @Override
    public List<AnswerProblem> check(Answers answers) {
        return engine.check(answers);
    }

    @Override
    public List<Question> shownQuestions(Answers answers) {
        return engine.shownQuestions(answers);
    }

    @Override
    public Optional<Assessment> decided(Answers soFar) {
        return engine.decided(soFar);
    }
}
