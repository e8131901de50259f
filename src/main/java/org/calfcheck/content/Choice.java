package org.calfcheck.content;

/** One option of a choice question. */
public record Choice(String id, String label) {
}
