package org.calfcheck.content;

/**
 * A prevention tip.
 *
 * @param checkItem the short line that goes next to a tick box on the routine sheet
 */
public record Advice(String id, AdviceTopic topic, String title, String summary, String body, String checkItem) implements ContentItem {
}
