package org.calfcheck.ui;

/** Loads the content (packaged or from a folder); called off the FX thread. */
@FunctionalInterface
public interface ContentSource {
    ContentOutcome load();
}
