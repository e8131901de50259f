package org.calfcheck.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.calfcheck.content.Choice;
import org.calfcheck.content.Question;
import org.calfcheck.content.QuestionType;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.DistanceUnit;

/**
 * One question's state: the answer (kept while the runner moves between pages, even while hidden), whether it is
 * shown, and the message next to it. Controls call the typed setters; the view never builds an {@link Answer}.
 */
public final class QuestionViewModel {

    /** The choice id the views use for "don't know". */
    public static final String UNKNOWN = "unknown";

    private final Question question;
    private final DistanceUnit units;
    private final ReadOnlyObjectWrapper<Optional<Answer>> answer = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringProperty numberText = new SimpleStringProperty("");
    private final BooleanProperty unknown = new SimpleBooleanProperty(false);
    private Optional<String> typingProblem = Optional.empty();

    public QuestionViewModel(Question question, DistanceUnit units) {
        this.question = question;
        this.units = units;
        if (question.type() == QuestionType.NUMBER) {
            numberText.addListener((obs, old, now) -> numberChanged());
            unknown.addListener((obs, old, now) -> numberChanged());
        }
    }

    public Question question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    public ReadOnlyObjectProperty<Optional<Answer>> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public Optional<Answer> getAnswer() {
        return answer.get();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    /** The message shown next to the question; empty when there is nothing wrong. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The number field's text, bound both ways to the field. */
    public StringProperty numberTextProperty() {
        return numberText;
    }

    /** The "don't know" tick of a number question. */
    public BooleanProperty unknownProperty() {
        return unknown;
    }

    public String unitLabel() {
        return UnitWords.label(question.unit(), units);
    }

    public String rangeHint() {
        return question.range().map(r -> UnitWords.rangeHint(r, question.unit(), units)).orElse("");
    }

    /** The choices a control offers: the question's own, or Yes and No for a yes/no question. */
    public List<Choice> choices() {
        if (question.type() == QuestionType.YES_NO) {
            return List.of(new Choice("yes", "Yes"), new Choice("no", "No"));
        }
        return question.choices();
    }

    /** Picks one choice ("unknown" for don't know) of a single-choice, yes/no or scale question. */
    public void choose(String choiceId) {
        set(Optional.of(UNKNOWN.equals(choiceId) ? new Answer.Unknown() : new Answer.Chosen(choiceId)));
    }

    public void setScale(int value) {
        set(Optional.of(new Answer.Number(value)));
    }

    /** Ticks or unticks one choice of a multiple-choice question, keeping the questionnaire's order. */
    public void toggle(String choiceId, boolean on) {
        Set<String> picked = new LinkedHashSet<>(chosen());
        if (on == picked.contains(choiceId)) {
            return;
        }
        if (on) {
            picked.add(choiceId);
        } else {
            picked.remove(choiceId);
        }
        List<String> ordered = question.choices().stream().map(Choice::id).filter(picked::contains).toList();
        set(ordered.isEmpty() ? Optional.empty() : Optional.of(new Answer.ChosenMany(ordered)));
    }

    /** The choice ids currently picked (one for a single choice, any for multiple choice). */
    public Set<String> chosen() {
        return answer.get().map(a -> {
            if (a instanceof Answer.ChosenMany many) {
                return Set.copyOf(many.choices());
            }
            if (a instanceof Answer.Chosen one) {
                return Set.of(one.choice());
            }
            if (a instanceof Answer.Unknown) {
                return Set.of(UNKNOWN);
            }
            return Set.<String>of();
        }).orElse(Set.of());
    }

    public boolean isChosen(String choiceId) {
        return chosen().contains(choiceId);
    }

    public void clear() {
        numberText.set("");
        unknown.set(false);
        set(Optional.empty());
    }

    /** A problem found while typing ("not a number"), which the engine never sees. */
    public Optional<String> typingProblem() {
        return typingProblem;
    }

    void showError(String message) {
        error.set(message);
    }

    void setShown(boolean isShown) {
        shown.set(isShown);
    }

    private void set(Optional<Answer> value) {
        error.set("");
        answer.set(value);
    }

    private void numberChanged() {
        typingProblem = Optional.empty();
        if (unknown.get()) {
            set(Optional.of(new Answer.Unknown()));
            return;
        }
        String text = numberText.get() == null ? "" : numberText.get().trim().replace(',', '.');
        if (text.isEmpty()) {
            set(Optional.empty());
            return;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(text);
            }
            set(Optional.of(new Answer.Number(value)));
        } catch (NumberFormatException e) {
            typingProblem = Optional.of("Enter a number, for example 12.");
            set(Optional.empty());
        }
    }
}
