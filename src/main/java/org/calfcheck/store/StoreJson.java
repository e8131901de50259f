package org.calfcheck.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.calfcheck.engine.Answer;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;

/**
 * The store's own JSON form of answers and assessments. The stored form belongs to the store, so a change to
 * the answers-file format elsewhere can never make an old saved assessment unreadable.
 * Answers: {@code {"units": "KM", "values": {"pain_now": 6, "side": "left", "when": ["a","b"], "x": "unknown"}}}.
 */
final class StoreJson {

    static final String UNKNOWN = "unknown";

    private final ObjectMapper mapper;

    StoreJson() {
        // Only record components: helper getters such as Routine.isEmpty() must not become fields.
        mapper = new ObjectMapper()
                .registerModule(new Jdk8Module())
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    String writeAssessment(Assessment assessment) {
        try {
            return mapper.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment could not be written as JSON", e);
        }
    }

    JsonNode assessmentTree(Assessment assessment) {
        return mapper.valueToTree(assessment);
    }

    /** Reads an assessment; a missing part (null where the record needs a value) is an error, not a gap. */
    Assessment readAssessment(JsonNode node) throws JsonProcessingException {
        Assessment read = mapper.treeToValue(upgraded(node), Assessment.class);
        if (read == null || read.careLevel() == null || read.routine() == null || read.contentVersion() == null) {
            throw new IllegalArgumentException("the assessment lacks its care level, routine or content version");
        }
        return read;
    }

    /**
     * An assessment saved by an earlier version, with the parts added since filled in as that version meant them:
     * no reasons on routine items, no get-help lines, and a routine that was not an "until you are seen" one. Never changes the row.
     */
    private static JsonNode upgraded(JsonNode node) {
        if (node == null || !node.isObject() || !(node.get("routine") instanceof ObjectNode routine)) {
            return node;
        }
        ObjectNode copy = node.deepCopy();
        if (!copy.has("getHelpIf")) {
            copy.putArray("getHelpIf");
        }
        ObjectNode newRoutine = (ObjectNode) copy.get("routine");
        if (!routine.has("untilSeen")) {
            newRoutine.put("untilSeen", false);
        }
        for (String part : List.of("warmUp", "stretches", "recovery", "prevention")) {
            JsonNode items = newRoutine.get(part);
            if (items != null && items.isArray()) {
                for (JsonNode item : items) {
                    if (item instanceof ObjectNode object && !object.has("because")) {
                        object.putArray("because");
                    }
                }
            }
        }
        return copy;
    }

    Assessment readAssessment(String json) throws JsonProcessingException {
        return readAssessment(mapper.readTree(json));
    }

    JsonNode answersTree(Answers answers) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("units", answers.units().name());
        ObjectNode values = root.putObject("values");
        answers.values().forEach((question, answer) -> {
            if (answer instanceof Answer.Chosen chosen) {
                values.put(question, chosen.choice());
            } else if (answer instanceof Answer.ChosenMany many) {
                ArrayNode list = values.putArray(question);
                many.choices().forEach(list::add);
            } else if (answer instanceof Answer.Number number) {
                values.put(question, number.value());
            } else {
                values.put(question, UNKNOWN);
            }
        });
        return root;
    }

    String writeAnswers(Answers answers) {
        return answersTree(answers).toString();
    }

    Answers readAnswers(String json) throws JsonProcessingException {
        return readAnswers(mapper.readTree(json));
    }

    /** Reads answers written by {@link #answersTree}; anything else is an IllegalArgumentException naming the part. */
    Answers readAnswers(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("answers must be an object");
        }
        JsonNode units = root.get("units");
        if (units == null || !units.isTextual()) {
            throw new IllegalArgumentException("answers.units is missing (KM or MI)");
        }
        DistanceUnit unit;
        try {
            unit = DistanceUnit.valueOf(units.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("answers.units is \"" + units.asText() + "\", expected KM or MI");
        }
        JsonNode values = root.get("values");
        if (values == null || !values.isObject()) {
            throw new IllegalArgumentException("answers.values is missing");
        }
        Map<String, Answer> read = new LinkedHashMap<>();
        var fields = values.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            read.put(field.getKey(), answer(field.getKey(), field.getValue()));
        }
        return new Answers(unit, read);
    }

    private static Answer answer(String question, JsonNode value) {
        if (value.isNumber()) {
            return new Answer.Number(value.asDouble());
        }
        if (value.isTextual()) {
            return UNKNOWN.equals(value.asText()) ? new Answer.Unknown() : new Answer.Chosen(value.asText());
        }
        if (value.isArray()) {
            List<String> choices = new ArrayList<>();
            for (JsonNode choice : value) {
                if (!choice.isTextual()) {
                    throw new IllegalArgumentException("answers.values." + question + " holds a non-text choice");
                }
                choices.add(choice.asText());
            }
            return new Answer.ChosenMany(choices);
        }
        throw new IllegalArgumentException("answers.values." + question + " is neither a number, a choice nor a list");
    }
}
