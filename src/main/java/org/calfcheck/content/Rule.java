package org.calfcheck.content;

import java.util.List;

/** When {@code when} holds for a runner's answers, every effect applies. */
public record Rule(String id, String description, Condition when, List<Effect> effects) {
}
