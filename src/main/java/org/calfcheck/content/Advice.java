package org.calfcheck.content;

/**
 * A prevention tip.
 *
 * @param checkItem the short line that goes next to a tick box on the routine sheet
 */
public record Advice(String id, AdviceTopic topic, String title, String summary, String body, String checkItem,
                     RoutineUse use) implements ContentItem {

    /** A tip that belongs to running on (tests and fixtures). */
    public Advice(String id, AdviceTopic topic, String title, String summary, String body, String checkItem) {
        this(id, topic, title, summary, body, checkItem, RoutineUse.RUNNING_ON);
    }
}
