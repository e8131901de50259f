package org.calfcheck.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.JsonTree;

/**
 * Reads and writes an answers file: {@code {"units": "km"|"mi", "answers": {"<question id>": "yes" | 7 |
 * ["a","b"] | "unknown"}}}. Units are optional (km). Reading reports every problem at once; whether the answers
 * fit the questionnaire is {@link Engine#check}'s job.
 */
public final class AnswersJson {

    /** Problems listed one by one for the wrong elements of one list; the rest are counted. */
    static final int WRONG_ELEMENTS_SHOWN = 10;
    /** How much of a text value a message repeats. */
    static final int ECHOED_CHARACTERS = 60;

    private AnswersJson() {
    }

    /** Reads answers from UTF-8 bytes (a file or standard input opened by the caller; not closed here). */
    public static Answers parse(InputStream json) throws AnswersFormatException, IOException {
        return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    }

    public static Answers parse(String json) throws AnswersFormatException {
        JsonNode root;
        try {
            root = JsonTree.read(json);
        } catch (JsonProcessingException e) {
            throw new AnswersFormatException(List.of(where(e) + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new AnswersFormatException(List.of("the answers are empty; expected {\"answers\": {…}}"));
        }
        if (!root.isObject()) {
            throw new AnswersFormatException(List.of("$: expected an object {\"units\": …, \"answers\": {…}}, not "
                    + kind(root)));
        }
        List<String> problems = new ArrayList<>();
        DistanceUnit units = units(root.get("units"), problems);
        Map<String, Answer> values = new LinkedHashMap<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("units") && !field.equals("answers")) {
                problems.add("$." + field + ": unknown field; an answers file has only \"units\" and \"answers\"");
            }
        }
        JsonNode answers = root.get("answers");
        if (answers == null) {
            problems.add("$.answers: missing; expected an object of answers by question id");
        } else if (!answers.isObject()) {
            problems.add("$.answers: expected an object of answers by question id, not " + kind(answers));
        }
        boolean shapeRight = problems.isEmpty() && answers != null && answers.isObject();
        Set<String> malformed = new HashSet<>();
        if (answers != null && answers.isObject()) {
            answers.fields().forEachRemaining(e -> {
                Optional<Answer> answer = answer("$.answers." + e.getKey(), e.getValue(), problems);
                answer.ifPresentOrElse(a -> values.put(e.getKey(), a), () -> malformed.add(e.getKey()));
            });
        }
        if (!problems.isEmpty()) {
            throw new AnswersFormatException(problems,
                    shapeRight ? Optional.of(new Answers(units, values)) : Optional.empty(), malformed);
        }
        return new Answers(units, values);
    }

    public static String write(Answers answers) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("units", answers.units().name().toLowerCase(Locale.ROOT));
        ObjectNode values = root.putObject("answers");
        answers.values().forEach((id, answer) -> {
            if (answer instanceof Answer.Number n) {
                if (n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15) {
                    values.put(id, (long) n.value());
                } else {
                    values.put(id, n.value());
                }
            } else if (answer instanceof Answer.Chosen c) {
                values.put(id, c.choice());
            } else if (answer instanceof Answer.ChosenMany m) {
                ArrayNode list = values.putArray(id);
                m.choices().forEach(list::add);
            } else {
                values.put(id, "unknown");
            }
        });
        return JsonTree.pretty(root, false) + "\n";
    }

    private static DistanceUnit units(JsonNode node, List<String> problems) {
        if (node == null) {
            return DistanceUnit.KM;
        }
        if (node.isTextual() && node.asText().equals("km")) {
            return DistanceUnit.KM;
        }
        if (node.isTextual() && node.asText().equals("mi")) {
            return DistanceUnit.MI;
        }
        problems.add("$.units: expected \"km\" or \"mi\", not " + kind(node));
        return DistanceUnit.KM;
    }

    private static Optional<Answer> answer(String path, JsonNode node, List<String> problems) {
        if (node.isNumber()) {
            double value = node.asDouble();
            if (!Double.isFinite(value)) {
                problems.add(path + ": the number is too large");
                return Optional.empty();
            }
            return Optional.of(new Answer.Number(value));
        }
        if (node.isTextual()) {
            return Optional.of(node.asText().equals("unknown") ? new Answer.Unknown()
                    : new Answer.Chosen(node.asText()));
        }
        if (node.isArray()) {
            List<String> choices = new ArrayList<>();
            int wrong = 0;
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isTextual()) {
                    choices.add(node.get(i).asText());
                } else if (++wrong <= WRONG_ELEMENTS_SHOWN) {
                    problems.add(path + "[" + i + "]: a list of choices holds only strings, not " + kind(node.get(i)));
                }
            }
            if (wrong > WRONG_ELEMENTS_SHOWN) {
                problems.add(path + ": " + (wrong - WRONG_ELEMENTS_SHOWN) + " more elements are not strings ("
                        + wrong + " of " + node.size() + ")");
            }
            return Optional.of(new Answer.ChosenMany(choices));
        }
        String hint = node.isBoolean() ? "; write \"yes\" or \"no\""
                : node.isNull() ? "; leave the question out, or write \"unknown\"" : "";
        problems.add(path + ": " + kind(node) + " is not an answer; expected a string, a number or a list of"
                + " strings" + hint);
        return Optional.empty();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": ";
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return "true/false (" + node.asText() + ")";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        String text = node.asText();
        return text.length() <= ECHOED_CHARACTERS ? "\"" + text + "\""
                : "\"" + text.substring(0, ECHOED_CHARACTERS) + "…\" (" + text.length() + " characters)";
    }
}
