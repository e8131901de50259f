package org.calfcheck.ui;

import javafx.scene.Node;

/** One top-level page of the app shell ("Check my calves", "Coach"). */
public interface Page {

    /** The label of the page in the header's navigation. */
    String name();

    /** The page's content; built once and kept, so state survives switching pages. */
    Node view();

    /** Back to the page's starting state. */
    void reset();

    /** Called once the window has been drawn: the moment for slow work the first frame must not wait for. */
    default void afterFirstFrame() {
    }
}
