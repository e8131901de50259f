package org.calfcheck.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentItem;
import org.calfcheck.content.DerivedFact;
import org.calfcheck.content.Question;
import org.calfcheck.content.RedFlag;

/** Lookups over the content computed once per engine, so an assessment does no linear searches. */
final class ContentIndex {

    private final Content content;
    private final List<Question> questions;
    private final Map<String, Question> questionsById = new HashMap<>();
    private final Map<String, Integer> questionOrder = new HashMap<>();
    private final Map<String, ContentItem> itemsById;
    private final Map<String, Integer> itemOrder = new HashMap<>();
    private final Map<String, String> doseTexts = new HashMap<>();
    private final Map<String, DerivedFact> derivedFacts = new HashMap<>();

    ContentIndex(Content content) {
        this.content = content;
        this.questions = content.questionnaire().questions();
        for (int i = 0; i < questions.size(); i++) {
            questionsById.putIfAbsent(questions.get(i).id(), questions.get(i));
            questionOrder.putIfAbsent(questions.get(i).id(), i);
        }
        this.itemsById = Map.copyOf(content.itemsById());
        int i = 0;
        for (String id : content.itemsById().keySet()) {
            itemOrder.put(id, i++);
        }
        content.exercises().forEach(e -> doseTexts.put(e.id(), DoseText.of(e.dose())));
        content.recovery().forEach(r -> doseTexts.put(r.id(), DoseText.of(r.dose())));
        for (DerivedFact fact : DerivedFact.values()) {
            derivedFacts.put(fact.factName(), fact);
        }
    }

    /** The dose in words of an exercise or recovery step; empty for anything else. */
    String doseText(String itemId) {
        return doseTexts.getOrDefault(itemId, "");
    }

    Optional<DerivedFact> derivedFact(String factName) {
        return Optional.ofNullable(derivedFacts.get(factName));
    }

    Content content() {
        return content;
    }

    List<Question> questions() {
        return questions;
    }

    Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    /** Position in the questionnaire; questions not in it sort last. */
    int questionOrder(String id) {
        return questionOrder.getOrDefault(id, Integer.MAX_VALUE);
    }

    Optional<ContentItem> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    Optional<RedFlag> redFlag(String id) {
        return item(id).filter(RedFlag.class::isInstance).map(RedFlag.class::cast);
    }

    /** Position in the content files (causes, exercises, recovery, advice, red flags); unknown ids sort last. */
    int itemOrder(String id) {
        return itemOrder.getOrDefault(id, Integer.MAX_VALUE);
    }
}
