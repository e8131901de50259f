package org.calfcheck.content;

import java.util.List;
import java.util.Optional;

/** The questions a runner answers, in the order they are asked (life-threatening signs first). */
public record Questionnaire(List<Section> sections) {

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
