package org.calfcheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

/**
 * Finds what a screen reader cannot announce properly: a shown, focusable node with no name (no accessible text,
 * no text of its own and no label pointing at it) or with a role that does not say what it is. Call on the FX
 * thread, after layout.
 */
final class AccessibleNames {

    /** The roles that fit each kind of control; the first match (most specific class first) decides. */
    private static final Map<Class<?>, Set<AccessibleRole>> FITTING = new java.util.LinkedHashMap<>();

    static {
        FITTING.put(RadioButton.class, Set.of(AccessibleRole.RADIO_BUTTON));
        FITTING.put(ToggleButton.class, Set.of(AccessibleRole.TOGGLE_BUTTON, AccessibleRole.RADIO_BUTTON));
        FITTING.put(CheckBox.class, Set.of(AccessibleRole.CHECK_BOX));
        FITTING.put(Hyperlink.class, Set.of(AccessibleRole.HYPERLINK));
        FITTING.put(Button.class, Set.of(AccessibleRole.BUTTON));
        FITTING.put(TextArea.class, Set.of(AccessibleRole.TEXT_AREA));
        FITTING.put(TextField.class, Set.of(AccessibleRole.TEXT_FIELD));
        FITTING.put(TableView.class, Set.of(AccessibleRole.TABLE_VIEW));
        FITTING.put(ListView.class, Set.of(AccessibleRole.LIST_VIEW));
        FITTING.put(ComboBox.class, Set.of(AccessibleRole.COMBO_BOX));
    }

    /**
     * Roles that say nothing of what a focusable node is. TEXT is not among them: the results' care banner takes
     * the focus on purpose, so that its named text is read out first.
     */
    private static final Set<AccessibleRole> VAGUE = Set.of(AccessibleRole.NODE, AccessibleRole.PARENT,
            AccessibleRole.IMAGE_VIEW);

    private AccessibleNames() {
    }

    /** One line per problem: where it is and what is missing. */
    static List<String> in(Node root, String screen) {
        List<Label> labels = new ArrayList<>();
        collectLabels(root, labels);
        List<String> problems = new ArrayList<>();
        collect(root, screen, labels, problems);
        return problems;
    }

    private static void collectLabels(Node node, List<Label> labels) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labels.add(label);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabels(child, labels));
        }
    }

    private static void collect(Node node, String screen, List<Label> labels, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !node.isDisabled()) {
            check(node, screen, labels, problems);
        }
        if (node instanceof Parent parent && !(node instanceof Control control && isInsideOwnSkin(control))) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, labels, problems);
            }
        }
    }

    /** A table's or list's cells and a text area's inner parts are announced by their control, not one by one. */
    private static boolean isInsideOwnSkin(Control control) {
        return control instanceof TableView<?> || control instanceof ListView<?> || control instanceof TextArea
                || control instanceof ComboBox<?>;
    }

    private static void check(Node node, String screen, List<Label> labels, List<String> problems) {
        boolean named = !blank(node.getAccessibleText())
                || node instanceof Labeled labeled && !blank(labeled.getText())
                || labels.stream().anyMatch(label -> label.getLabelFor() == node && !blank(label.getText()));
        if (!named) {
            problems.add(screen + ": " + describe(node) + " has no accessible name");
        }
        AccessibleRole role = node.getAccessibleRole();
        Set<AccessibleRole> fitting = FITTING.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(node)).map(Map.Entry::getValue).findFirst().orElse(null);
        if (fitting != null ? !fitting.contains(role) : role == null || VAGUE.contains(role)) {
            problems.add(screen + ": " + describe(node) + " has the role " + role
                    + (fitting != null ? ", not one of " + fitting : ", which says nothing of what it does"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : "";
        String text = node instanceof Labeled labeled && !blank(labeled.getText()) ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName() + id + text + " " + node.getStyleClass();
    }
}
