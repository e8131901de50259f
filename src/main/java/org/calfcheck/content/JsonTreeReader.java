package org.calfcheck.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one node of a content file's JSON tree, knowing its JSON path, and collects problems instead of stopping
 * at the first. A field that is missing or wrong yields a problem plus a harmless stand-in ({@code ""}, 0, an empty
 * list), so mapping carries on and finds the next problem; the loader never hands out content built from
 * stand-ins, because any problem fails the load.
 */
final class JsonTreeReader {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** Whether a list must be there, and whether it may be empty. */
    enum Need {
        OPTIONAL,
        PRESENT,
        NON_EMPTY
    }

    private final String file;
    /**
     * The reader of the enclosing node (none at the file's root) and the step from it to this node ({@code .field},
     * {@code [3]}): the JSON path is put together only when a problem needs it, as making one for every node read
     * cost each start of the command line some 10 ms (docs/benchmarks.md, "Installed app").
     */
    private final Optional<JsonTreeReader> enclosing;
    private final String step;
    private final JsonNode node;
    private final List<ContentProblem> problems;

    private JsonTreeReader(String file, Optional<JsonTreeReader> enclosing, String step, JsonNode node,
                           List<ContentProblem> problems) {
        this.file = file;
        this.enclosing = enclosing;
        this.step = step;
        this.node = node;
        this.problems = problems;
    }

    static JsonTreeReader root(String file, JsonNode node, List<ContentProblem> problems) {
        return new JsonTreeReader(file, Optional.empty(), "$", node, problems);
    }

    String file() {
        return file;
    }

    String path() {
        return enclosing.map(outer -> outer.path() + step).orElse(step);
    }

    JsonNode node() {
        return node;
    }

    void problem(String message) {
        problems.add(new ContentProblem(file, path(), message));
    }

    void problemAt(String field, String message) {
        problems.add(new ContentProblem(file, path() + "." + field, message));
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** Reports every field of this object that is not one of {@code allowed} (typos would otherwise be ignored). */
    void allowFields(String... allowed) {
        Set<String> names = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name) && !(enclosing.isEmpty() && name.equals("$schema"))) {
                problemAt(name, "unknown field \"" + name + "\" (expected " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** A required id: lowercase snake_case. */
    String id(String field) {
        String id = text(field);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problemAt(field, "\"" + id + "\" is not a valid id (lowercase letters, digits and _, starting with a letter)");
        }
        return id;
    }

    /** Required, non-blank text. */
    String text(String field) {
        if (!has(field)) {
            missing(field);
            return "";
        }
        return child(field).textValue();
    }

    /** Optional non-blank text: {@code fallback} when absent. */
    String text(String field, String fallback) {
        return has(field) ? child(field).textValue() : fallback;
    }

    Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(child(field).textValue()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    /** A required whole number within {@code min}…{@code max}. */
    int integer(String field, int min, int max) {
        if (!has(field)) {
            missing(field);
            return min;
        }
        return child(field).integerValue(min, max);
    }

    Optional<Integer> optionalInteger(String field, int min, int max) {
        return has(field) ? Optional.of(child(field).integerValue(min, max)) : Optional.empty();
    }

    /** This node as a whole number within {@code min}…{@code max}. */
    int integerValue(int min, int max) {
        // 12.0 counts as whole, as in JSON Schema's "integer"
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
            problem("must be a whole number, not " + describe(node));
            return min;
        }
        int value = node.intValue();
        if (value < min || value > max) {
            problem("must be between " + min + " and " + max + " (is " + value + ")");
            return min;
        }
        return value;
    }

    /** A required number (whole or decimal). */
    double number(String field) {
        if (!has(field)) {
            missing(field);
            return 0;
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            problemAt(field, "must be a number, not " + describe(value));
            return 0;
        }
        if (!Double.isFinite(value.doubleValue())) {
            problemAt(field, "must be a finite number; " + value.asText() + " is too large to use");
            return 0;
        }
        return value.doubleValue();
    }

    boolean flag(String field, boolean absent) {
        return flag(field, absent, absent);
    }

    /** @param standIn returned for a value that is not true or false, chosen so later checks stay quiet */
    boolean flag(String field, boolean absent, boolean standIn) {
        if (!has(field)) {
            return absent;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            problemAt(field, "must be true or false, not " + describe(value));
            return standIn;
        }
        return value.booleanValue();
    }

    /** A required enum value written as its constant name ("URGENT"). */
    <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        if (!has(field)) {
            missing(field);
            return Optional.empty();
        }
        return enumOf(field, type);
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
        return has(field) ? enumOf(field, type).orElse(fallback) : fallback;
    }

    /** A list of non-blank texts; empty when absent and optional. */
    List<String> texts(String field, Need need) {
        return list(field, need, JsonTreeReader::textValue);
    }

    /** A list of objects, each mapped by {@code map}; a non-object element is reported and mapped as an empty one. */
    <T> List<T> objects(String field, Need need, Function<JsonTreeReader, T> map) {
        return list(field, need, element -> map.apply(element.asObject()));
    }

    /** The one list a content file holds ({@code {"causes": [...]}}), each element mapped by {@code map}. */
    <T> List<T> fileList(String field, Function<JsonTreeReader, T> map) {
        allowFields(field);
        return objects(field, Need.NON_EMPTY, map);
    }

    /** A nested object, when present and an object. */
    Optional<JsonTreeReader> object(String field, boolean required) {
        if (!has(field)) {
            if (required) {
                missing(field);
            }
            return Optional.empty();
        }
        return Optional.of(child(field).asObject());
    }

    /** Any nested value, whatever its type, for fields that take several shapes. */
    Optional<JsonTreeReader> value(String field) {
        return has(field) ? Optional.of(child(field)) : Optional.empty();
    }

    /** The elements of this node, which must be a list. */
    List<JsonTreeReader> elements() {
        if (!node.isArray()) {
            problem("must be a list, not " + describe(node));
            return List.of();
        }
        List<JsonTreeReader> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonTreeReader(file, Optional.of(this), "[" + i + "]", node.get(i), problems));
        }
        return elements;
    }

    /**
     * This node as an object. When it is not one, the problem is reported once and a reader over an empty object
     * whose own problems are dropped is returned, so list positions (and the JSON paths after it) stay right.
     */
    JsonTreeReader asObject() {
        if (node.isObject()) {
            return this;
        }
        problem("must be an object, not " + describe(node));
        return new JsonTreeReader(file, enclosing, step, JsonNodeFactory.instance.objectNode(), new ArrayList<>());
    }

    String textValue() {
        if (!node.isTextual()) {
            problem("must be text, not " + describe(node));
            return "";
        }
        String text = node.textValue();
        if (text.isBlank()) {
            problem("must not be empty");
            return "";
        }
        return text;
    }

    private <T> List<T> list(String field, Need need, Function<JsonTreeReader, T> map) {
        if (!has(field)) {
            if (need != Need.OPTIONAL) {
                missing(field);
            }
            return List.of();
        }
        JsonTreeReader list = child(field);
        if (need == Need.NON_EMPTY && list.node.isArray() && list.node.isEmpty()) {
            list.problem("must not be empty");
        }
        return list.elements().stream().map(map).toList();
    }

    private <E extends Enum<E>> Optional<E> enumOf(String field, Class<E> type) {
        JsonTreeReader child = child(field);
        String name = child.textValue();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        child.problem("unknown " + words(field) + " \"" + name + "\" (expected one of " + expected + ")");
        return Optional.empty();
    }

    private JsonTreeReader child(String field) {
        return new JsonTreeReader(file, Optional.of(this), "." + field, node.get(field), problems);
    }

    private void missing(String field) {
        problemAt(field, "missing required field \"" + field + "\"");
    }

    /** "careLevel" → "care level", for messages. */
    private static String words(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "text";
        }
        if (value.isNumber()) {
            return "a number (" + value.asText() + ")";
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }
}
