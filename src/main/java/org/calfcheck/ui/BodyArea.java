package org.calfcheck.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.shape.SVGPath;

/** One clickable part of the body map; a tick box to the keyboard and to screen readers. */
final class BodyArea extends SVGPath {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final String choiceId;
    private final String name;
    private final BooleanProperty selected = new SimpleBooleanProperty(false);

    BodyArea(String choiceId, String name, String path) {
        this.choiceId = choiceId;
        this.name = name;
        setContent(path);
        setId("area-" + choiceId);
        getStyleClass().add("body-area");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.CHECK_BOX);
        setAccessibleText(name);
        selected.addListener((obs, was, now) -> {
            pseudoClassStateChanged(SELECTED, now);
            notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
        });
    }

    String choiceId() {
        return choiceId;
    }

    String name() {
        return name;
    }

    BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.SELECTED) {
            return selected.get();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
