package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.calfcheck.content.QuestionType;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.testfx.api.FxRobot;

/**
 * Answers the questionnaire the way a runner would: clicks on the controls, real key presses for numbers, and
 * Next by click or by Enter (the default button). Every step waits, on the FX thread, for its effect.
 */
final class WalkRobot {

    private final FxRobot robot;

    WalkRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** Walks every page with {@code answers} and waits for the results. */
    void walk(Answers answers) throws TimeoutException {
        start();
        int page = 0;
        while (!resultsShown()) {
            assertTrue(page < 20, "the walk never reached the results");
            answerPage(answers);
            String before = progress();
            if (page % 2 == 0) {
                robot.clickOn("#next");
            } else {
                robot.type(KeyCode.ENTER);
            }
            try {
                // the next page, or the results once the engine has assessed the answers in the background
                FxWait.until(() -> robot.lookup("#results").tryQuery().isPresent()
                        || !robot.lookup("#progress").queryLabeled().getText().equals(before));
            } catch (TimeoutException e) {
                fail("Next did not move on from " + before + "; messages: " + FxWait.read(() ->
                        robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class).stream()
                                .filter(Node::isVisible).map(l -> l.getParent().getId() + " " + l.getText())
                                .toList()));
            }
            page++;
        }
    }

    /** Clicks Start and waits for the first page of questions. */
    void start() throws TimeoutException {
        robot.clickOn("#start");
        FxWait.until(() -> robot.lookup("#wizard").tryQuery().isPresent());
    }

    /** Clicks Next and waits for the next page. */
    void next() throws TimeoutException {
        String before = progress();
        robot.clickOn("#next");
        FxWait.until(() -> !robot.lookup("#progress").queryLabeled().getText().equals(before));
    }

    private boolean resultsShown() {
        return FxWait.read(() -> robot.lookup("#results").tryQuery().isPresent());
    }

    String progress() {
        return FxWait.read(() -> robot.lookup("#progress").queryLabeled().getText());
    }

    /** Answers the shown questions of the current page that {@code answers} has an answer for, and waits for them. */
    void answerPage(Answers answers) throws TimeoutException {
        // an answer can open a follow-up on the same page, so look again until nothing new appears
        java.util.Set<String> done = new java.util.HashSet<>();
        while (true) {
            List<QuestionViewModel> toAnswer = FxWait.read(() -> robot.lookup("#wizard").queryAs(WizardView.class)
                    .questionViews().stream().filter(Node::isVisible).map(QuestionView::model)
                    .filter(question -> answers.get(question.id()).isPresent() && !done.contains(question.id()))
                    .toList());
            if (toAnswer.isEmpty()) {
                return;
            }
            for (QuestionViewModel question : toAnswer) {
                answer(question, answers.get(question.id()).orElseThrow());
                done.add(question.id());
            }
            FxWait.until(() -> toAnswer.stream().allMatch(question -> question.getAnswer().isPresent()));
        }
    }

    void answer(QuestionViewModel question, Answer answer) {
        String id = question.id();
        QuestionType type = question.question().type();
        if (answer instanceof Answer.Unknown) {
            click("#q-" + id + "-unknown");
        } else if (answer instanceof Answer.Chosen chosen) {
            click("#q-" + id + "-" + chosen.choice());
        } else if (answer instanceof Answer.ChosenMany many) {
            String prefix = FxWait.read(() -> robot.lookup("#body-map").tryQuery().isPresent())
                    && "pain_areas".equals(id) ? "#area-" : "#q-" + id + "-";
            many.choices().forEach(choice -> click(prefix + choice));
        } else if (answer instanceof Answer.Number number) {
            if (type == QuestionType.SCALE) {
                click("#q-" + id + "-" + (int) number.value());
            } else {
                click("#q-" + id + "-field");
                typeNumber(UnitWords.number(number.value()));
            }
        }
    }

    /** Scrolls the node into view, then clicks it. */
    void click(String query) {
        Node node = FxWait.read(() -> robot.lookup(query).query());
        reveal(node);
        robot.clickOn(node);
    }

    void reveal(Node node) {
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(CenteredColumn.class).reveal(node));
    }

    /** Real key presses, one per character. */
    void typeNumber(String text) {
        for (char c : text.toCharArray()) {
            robot.type(c == '.' ? KeyCode.PERIOD : KeyCode.getKeyCode(String.valueOf(c)));
        }
    }
}
