package org.calfcheck.content;

import java.util.List;

/** A page of the questionnaire. */
public record Section(String id, String title, String intro, List<Question> questions) {
}
