package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.calfcheck.content.QuestionType;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Answers the questionnaire the way a runner would: clicks on the controls, real key presses for numbers, and
 * Next by click or by Enter (the default button).
 */
final class WalkRobot {

    private final FxRobot robot;

    WalkRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** Walks every page with {@code answers} and waits for the results. */
    void walk(Answers answers) throws TimeoutException {
        robot.clickOn("#start");
        int page = 0;
        while (robot.lookup("#results").tryQuery().isEmpty()) {
            assertTrue(page < 20, "the walk never reached the results");
            answerPage(answers);
            String before = progress();
            if (page % 2 == 0) {
                robot.clickOn("#next");
            } else {
                robot.type(KeyCode.ENTER);
            }
            WaitForAsyncUtils.waitForFxEvents();
            if (robot.lookup("#results").tryQuery().isEmpty() && robot.lookup("#busy").tryQuery()
                    .map(n -> !n.isVisible()).orElse(true)) {
                assertTrue(!progress().equals(before), "Next did not move on from " + before + "; messages: "
                        + robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class).stream()
                        .filter(Node::isVisible).map(l -> l.getParent().getId() + " " + l.getText()).toList());
            }
            page++;
            if (robot.lookup("#busy").tryQuery().map(Node::isVisible).orElse(false)) {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#results").tryQuery().isPresent());
            }
        }
    }

    String progress() {
        return robot.lookup("#progress").queryLabeled().getText();
    }

    /** Answers the shown questions of the current page that {@code answers} has an answer for. */
    void answerPage(Answers answers) {
        WizardView wizard = robot.lookup("#wizard").queryAs(WizardView.class);
        for (QuestionView view : wizard.questionViews()) {
            if (view.isVisible()) {
                answers.get(view.model().id()).ifPresent(answer -> answer(view.model(), answer));
            }
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
            String prefix = robot.lookup("#body-map").tryQuery().isPresent() && "pain_areas".equals(id)
                    ? "#area-" : "#q-" + id + "-";
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
        Node node = robot.lookup(query).query();
        reveal(node);
        robot.clickOn(node);
    }

    void reveal(Node node) {
        CenteredColumn column = robot.lookup(".page-scroll").queryAs(CenteredColumn.class);
        robot.interact(() -> column.reveal(node));
    }

    /** Real key presses, one per character. */
    void typeNumber(String text) {
        for (char c : text.toCharArray()) {
            robot.type(c == '.' ? KeyCode.PERIOD : KeyCode.getKeyCode(String.valueOf(c)));
        }
    }
}
