package org.calfcheck.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builders for {@link ContentFact}s about single items: their kind, dose, words, care level and withholds. */
final class ContentFacts {

    private static final Set<String> DOSE_FIELDS =
            Set.of("reps", "sets", "holdSeconds", "minutes", "timesPerDay", "perSide", "eachDirection", "note");

    private ContentFacts() {
    }

    /** The item is in the given file, and its {@code field} (kind, topic, careLevel) has the given value. */
    static ContentFact isIn(String id, String file, String field, String value) {
        String name = id + " is in " + file + (field.isEmpty() ? "" : " with " + field + " " + value);
        return new ContentFact(name, content -> {
            Optional<String> actualFile = content.fileOf(id);
            if (actualFile.isEmpty()) {
                return List.of(id + " is missing");
            }
            if (!actualFile.get().equals(file)) {
                return List.of(id + " is in " + actualFile.get() + ", expected " + file);
            }
            String actual = content.item(id).orElseThrow().path(field).asText("");
            return field.isEmpty() || actual.equals(value)
                    ? List.of()
                    : List.of(id + " has " + field + " '" + actual + "', expected " + value);
        });
    }

    /** A dose range such as reps 10–15 (a single number counts as min = max). */
    static ContentFact dose(String id, String part, int min, int max) {
        String wanted = min == max ? Integer.toString(min) : min + "–" + max;
        return new ContentFact(id + " dose " + part + " is " + wanted, content -> withItem(content, id, item -> {
            JsonNode value = item.path("dose").path(part);
            Optional<int[]> range = range(value);
            if (range.isEmpty()) {
                return List.of(id + " dose has no numeric " + part + " (found " + value + ")");
            }
            int[] r = range.get();
            return r[0] == min && r[1] == max
                    ? List.of()
                    : List.of(id + " dose " + part + " is " + r[0] + "–" + r[1] + ", expected " + wanted);
        }));
    }

    /** A dose flag such as perSide or eachDirection is true. */
    static ContentFact doseFlag(String id, String flag) {
        return new ContentFact(id + " dose is " + flag, content -> withItem(content, id, item ->
                item.path("dose").path(flag).asBoolean(false)
                        ? List.of()
                        : List.of(id + " dose does not say " + flag)));
    }

    /** The dose only uses known parts, and every number or range is whole, positive and in order. */
    static ContentFact doseIsWellFormed(String id) {
        return new ContentFact(id + " dose is well formed", content -> withItem(content, id, item -> {
            List<String> problems = new ArrayList<>();
            JsonNode dose = item.path("dose");
            if (!dose.isObject()) {
                return List.of(id + " has no dose object");
            }
            dose.properties().forEach(part -> {
                String key = part.getKey();
                JsonNode value = part.getValue();
                if (!DOSE_FIELDS.contains(key)) {
                    problems.add(id + " dose has unknown part " + key);
                } else if (Set.of("reps", "holdSeconds", "minutes", "timesPerDay").contains(key)
                        && range(value).filter(r -> r[0] > 0 && r[0] <= r[1]).isEmpty()) {
                    problems.add(id + " dose " + key + " is not a positive number or min ≤ max range: " + value);
                } else if (key.equals("sets") && !(value.isInt() && value.asInt() > 0)) {
                    problems.add(id + " dose sets is not a positive whole number: " + value);
                }
            });
            return problems;
        }));
    }

    /** The item's text (title, summary, body, steps, cautions, dose note, action…) contains every word. */
    static ContentFact mentions(String id, String... words) {
        return new ContentFact(id + " mentions " + String.join(", ", words), content -> withItem(content, id,
                item -> missingWords(id, PackagedContentJson.text(item), List.of(words))));
    }

    /** The item has a non-blank string field, such as an advice's checkItem. */
    static ContentFact hasText(String id, String field) {
        return new ContentFact(id + " has a " + field, content -> withItem(content, id, item ->
                item.path(field).asText("").isBlank() ? List.of(id + " has no " + field) : List.of()));
    }

    /** The item's text contains at least one of the words. */
    static ContentFact mentionsAny(String id, String... words) {
        return new ContentFact(id + " mentions one of " + String.join(", ", words), content -> withItem(content, id,
                item -> {
                    String text = PackagedContentJson.text(item).toLowerCase(Locale.ROOT);
                    return Arrays.stream(words).anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)))
                            ? List.of()
                            : List.of(id + " mentions none of " + String.join(", ", words));
                }));
    }

    /** One of the item's cautions contains the word. */
    static ContentFact cautionMentions(String id, String word) {
        return new ContentFact(id + " has a caution about '" + word + "'", content -> withItem(content, id, item -> {
            for (JsonNode caution : item.path("cautions")) {
                if (caution.asText().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
                    return List.of();
                }
            }
            return List.of(id + " has no caution mentioning '" + word + "'");
        }));
    }

    /** The red flag keeps every listed item out of the routine. */
    static ContentFact withholds(String flagId, List<String> itemIds) {
        return new ContentFact(flagId + " withholds " + String.join(", ", itemIds),
                content -> withItem(content, flagId, flag -> {
                    List<String> listed = new ArrayList<>();
                    flag.path("withholds").forEach(n -> listed.add(n.asText()));
                    return itemIds.stream().filter(id -> !listed.contains(id))
                            .map(id -> flagId + " does not withhold " + id).toList();
                }));
    }

    /** Exercises and recovery steps: 3–6 numbered steps and at least one caution. */
    static ContentFact hasStepsAndCautions(String id) {
        return new ContentFact(id + " has 3–6 steps and a caution", content -> withItem(content, id, item -> {
            List<String> problems = new ArrayList<>();
            int steps = item.path("steps").size();
            if (steps < 3 || steps > 6) {
                problems.add(id + " has " + steps + " steps, expected 3–6");
            }
            item.path("steps").forEach(step -> {
                if (step.asText().isBlank()) {
                    problems.add(id + " has a blank step");
                }
            });
            if (item.path("cautions").isEmpty()) {
                problems.add(id + " has no cautions");
            }
            return problems;
        }));
    }

    static List<String> missingWords(String id, String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().filter(w -> !lower.contains(w.toLowerCase(Locale.ROOT)))
                .map(w -> id + " does not mention '" + w + "'").toList();
    }

    static List<String> withItem(PackagedContentJson content, String id,
                                 java.util.function.Function<JsonNode, List<String>> check) {
        return content.item(id).map(check).orElse(List.of(id + " is missing"));
    }

    /** A dose number (min = max) or {"min","max"} object as [min, max]; empty for anything else. */
    static Optional<int[]> range(JsonNode value) {
        if (value.isInt()) {
            return Optional.of(new int[] {value.asInt(), value.asInt()});
        }
        if (value.isObject() && value.path("min").isInt() && value.path("max").isInt()) {
            return Optional.of(new int[] {value.path("min").asInt(), value.path("max").asInt()});
        }
        return Optional.empty();
    }
}
