package org.calfcheck.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read whole: every shown {@link Labeled} (labels, buttons, tick boxes, table headers
 * and cells) whose drawn text differs from its own text, which is what JavaFX does when it puts in an ellipsis,
 * and a wrapped label in a table cell that is taller than the cell's row.
 * Call on the FX thread, after layout.
 */
final class CutOffText {

    private CutOffText() {
    }

    /** One line per cut-off text: where it is, what it says, and what is drawn. */
    static List<String> in(Node root, String screen) {
        List<String> problems = new ArrayList<>();
        collect(root, screen, problems);
        return problems;
    }

    private static void collect(Node node, String screen, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            String full = fullText(labeled);
            drawnText(labeled).filter(drawn -> !full.isEmpty() && !drawn.equals(full))
                    .ifPresent(drawn -> problems.add(screen + ": " + describe(labeled) + " shows \"" + drawn
                            + "\" instead of \"" + full + "\" (" + Math.round(labeled.getWidth()) + " px wide)"));
        }
        if (node instanceof Labeled labeled && labeled.getParent() instanceof javafx.scene.control.Cell<?> cell
                && cell.getHeight() > 0 && labeled.getBoundsInParent().getMaxY() > cell.getHeight() + 0.5) {
            // a wrapped tag taller than its table row: the lines below the row's edge are cut off or run into the
            // next row, though no ellipsis is drawn
            problems.add(screen + ": " + describe(labeled) + " \"" + fullText(labeled) + "\" runs "
                    + Math.round(labeled.getBoundsInParent().getMaxY() - cell.getHeight()) + " px past its "
                    + Math.round(cell.getHeight()) + " px table cell");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, problems);
            }
        }
    }

    /** The text as it should read: a mnemonic's underscore is not drawn. */
    private static String fullText(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    /** The text the skin drew (its LabeledText child), if the skin drew any. */
    private static java.util.Optional<String> drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText())
                .findFirst();
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : "";
        for (Node up = labeled.getParent(); id.isEmpty() && up != null; up = up.getParent()) {
            if (up.getId() != null) {
                id = "a " + labeled.getClass().getSimpleName() + " in #" + up.getId();
            }
        }
        return labeled.getClass().getSimpleName() + " " + id;
    }
}
