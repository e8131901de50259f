package org.calfcheck.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.calfcheck.content.Question;
import org.calfcheck.content.Section;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;

/**
 * The questionnaire, one section per page. Keeps every answer (also while a question is hidden or the runner goes
 * back), asks the engine which questions are shown and whether the result is already certain after every change,
 * checks a page before moving on, and runs the assessment off the FX thread at the end. Once an emergency is
 * certain, Next shows it at once: nothing more is asked.
 */
public final class WizardViewModel {

    private final Assessor assessor;
    private final DistanceUnit units;
    private final BackgroundRunner runner;
    private final Consumer<CompletedCheck> onDone;
    private final Runnable onLeave;
    private final Consumer<Throwable> onFailed;
    private final List<Section> sections;
    private final Map<String, QuestionViewModel> questions = new LinkedHashMap<>();

    private final ReadOnlyIntegerWrapper sectionIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper lastSection = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isDecided = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Answers> answers;
    /** The result, once the answers so far make it certain (an emergency): nothing more is asked. */
    private Optional<Assessment> decided = Optional.empty();

    /**
     * @param onDone  gets the answers and the assessment once the last page is done
     * @param onLeave called when the runner goes back from the first page
     */
    public WizardViewModel(Assessor assessor, DistanceUnit units, BackgroundRunner runner,
                           Consumer<CompletedCheck> onDone, Runnable onLeave, Consumer<Throwable> onFailed) {
        this.assessor = assessor;
        this.units = units;
        this.runner = runner;
        this.onDone = onDone;
        this.onLeave = onLeave;
        this.onFailed = onFailed;
        this.sections = assessor.content().questionnaire().sections();
        this.answers = new ReadOnlyObjectWrapper<>(Answers.empty(units));
        for (Question question : assessor.content().questionnaire().questions()) {
            QuestionViewModel model = new QuestionViewModel(question, units);
            model.answerProperty().addListener((obs, old, now) -> refresh());
            questions.put(question.id(), model);
        }
        refresh();
    }

    public int sectionCount() {
        return sections.size();
    }

    public ReadOnlyIntegerProperty sectionIndexProperty() {
        return sectionIndex.getReadOnlyProperty();
    }

    public Section currentSection() {
        return sections.get(sectionIndex.get());
    }

    /** "Section 2 of 6". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastSectionProperty() {
        return lastSection.getReadOnlyProperty();
    }

    /** True once the answers so far make the result certain: Next goes straight to it. */
    public ReadOnlyBooleanProperty decidedProperty() {
        return isDecided.getReadOnlyProperty();
    }

    /** True while the engine works on the results. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The answers the engine sees: those of shown questions only. */
    public ReadOnlyObjectProperty<Answers> answersProperty() {
        return answers.getReadOnlyProperty();
    }

    public DistanceUnit units() {
        return units;
    }

    public QuestionViewModel question(String id) {
        QuestionViewModel model = questions.get(id);
        if (model == null) {
            throw new IllegalArgumentException("no question " + id);
        }
        return model;
    }

    /** The current page's questions, shown or not (the view hides those not shown). */
    public List<QuestionViewModel> currentQuestions() {
        return currentSection().questions().stream().map(q -> questions.get(q.id())).toList();
    }

    public boolean hasAnyAnswer() {
        return questions.values().stream().anyMatch(q -> q.getAnswer().isPresent());
    }

    /**
     * Goes straight to the result when the answers so far decide it. Otherwise checks the page; when it is fine,
     * moves to the next page with a shown question, or runs the assessment after the last. Returns the questions with a message (empty when the page was fine).
     */
    public List<QuestionViewModel> next() {
        if (busy.get()) {
            return List.of();
        }
        if (decided.isPresent()) {
            // an emergency is certain: the rest of this page and the pages after it would only delay the call
            currentQuestions().forEach(q -> q.showError(""));
            onDone.accept(new CompletedCheck(answers.get(), decided.get()));
            return List.of();
        }
        List<QuestionViewModel> wrong = checkCurrentPage();
        if (!wrong.isEmpty()) {
            return wrong;
        }
        int next = nextShownSection(sectionIndex.get() + 1, 1);
        if (next < sections.size()) {
            moveTo(next);
        } else {
            finish();
        }
        return List.of();
    }

    /** Back one page (answers stay); from the first page, back to the welcome. */
    public void back() {
        if (busy.get()) {
            return;
        }
        int previous = nextShownSection(sectionIndex.get() - 1, -1);
        if (previous < 0) {
            onLeave.run();
        } else {
            moveTo(previous);
        }
    }

    private void moveTo(int index) {
        currentQuestions().forEach(q -> q.showError(""));
        sectionIndex.set(index);
        refreshProgress();
    }

    private int nextShownSection(int from, int step) {
        int index = from;
        while (index >= 0 && index < sections.size()
                && sections.get(index).questions().stream().noneMatch(q -> questions.get(q.id()).isShown())) {
            index += step;
        }
        return index;
    }

    private List<QuestionViewModel> checkCurrentPage() {
        Map<String, List<String>> engineProblems = assessor.check(answers.get()).stream()
                .collect(Collectors.groupingBy(AnswerProblem::questionId, LinkedHashMap::new,
                        Collectors.mapping(AnswerProblem::message, Collectors.toList())));
        List<QuestionViewModel> wrong = new ArrayList<>();
        for (QuestionViewModel q : currentQuestions()) {
            String message = "";
            if (q.isShown()) {
                if (q.typingProblem().isPresent()) {
                    message = q.typingProblem().get();
                } else if (q.getAnswer().isEmpty()) {
                    message = q.question().required() || engineProblems.containsKey(q.id())
                            ? "Please answer this question." : "";
                } else {
                    message = String.join(" ", engineProblems.getOrDefault(q.id(), List.of()));
                }
            }
            q.showError(message);
            if (!message.isEmpty()) {
                wrong.add(q);
            }
        }
        return wrong;
    }

    private void finish() {
        busy.set(true);
        Answers given = answers.get();
        runner.run(() -> assessor.assess(given),
                assessment -> {
                    busy.set(false);
                    onDone.accept(new CompletedCheck(given, assessment));
                },
                error -> {
                    busy.set(false);
                    onFailed.accept(error);
                });
    }

    /**
     * Recomputes which questions are shown, in one call to the engine: an answer to a question that is not shown
     * never shows another one. Then asks whether the answers so far already decide the result.
     */
    private void refresh() {
        Map<String, Answer> given = new LinkedHashMap<>();
        questions.values().forEach(q -> q.getAnswer().ifPresent(a -> given.put(q.id(), a)));
        Set<String> shown = assessor.shownQuestions(new Answers(units, given)).stream().map(Question::id)
                .collect(Collectors.toSet());
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (QuestionViewModel q : questions.values()) {
            q.setShown(shown.contains(q.id()));
            if (shown.contains(q.id()) && given.containsKey(q.id())) {
                kept.put(q.id(), given.get(q.id()));
            }
        }
        Answers effective = new Answers(units, kept);
        answers.set(effective);
        decided = assessor.decided(effective);
        refreshProgress();
    }

    private void refreshProgress() {
        progress.set("Section " + (sectionIndex.get() + 1) + " of " + sections.size());
        lastSection.set(decided.isPresent() || nextShownSection(sectionIndex.get() + 1, 1) >= sections.size());
        isDecided.set(decided.isPresent());
    }
}
