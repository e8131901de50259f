package org.calfcheck.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a JSON document into Jackson's tree ({@link JsonNode}) straight from Jackson's streaming parser, strictly
 * (a repeated key or anything after the value is an error with its line and column), and writes a tree back as
 * indented text through the streaming generator.
 *
 * <p>This does what {@code ObjectMapper.readTree} and an indenting {@code ObjectWriter} do, without the
 * {@code ObjectMapper}: building a mapper and its (de)serializers loads about 270 classes, which costs a fresh JVM
 * some 80 ms, more than parsing all the content (docs/benchmarks.md, "Assessment engine"). Reading the content and
 * the answers and writing {@code assess --format json} are on the command line's start-up path, so they go through
 * here; the client store keeps its mapper.
 */
public final class JsonTree {

    /** A factory holds only settings and thread-safe symbol tables, so one is shared. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final StreamReadConstraints LIMITS = FACTORY.streamReadConstraints();

    private JsonTree() {
    }

    /**
     * The document's tree; {@link MissingNode} for input with no value at all (empty or only whitespace), as
     * {@code readTree} gives. The stream is read to its end but not closed.
     *
     * @throws JsonParseException for malformed JSON, a repeated key or a second value, with its location
     * @throws IOException        when the stream cannot be read
     */
    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return document(parser);
        }
    }

    /** As {@link #read(InputStream)}, from a file's bytes. */
    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return document(parser);
        }
    }

    /** As {@link #read(InputStream)}, from text, where the only failure is the JSON itself. */
    public static JsonNode read(String json) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return document(parser);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string never does I/O", e);
        }
    }

    /**
     * The tree as indented JSON, laid out as an indenting {@code ObjectWriter} lays it out, ending without a newline.
     *
     * @param asciiOnly write every character beyond ASCII as a JSON escape, so the bytes are right whatever the
     *                  terminal's encoding
     */
    public static String pretty(JsonNode tree, boolean asciiOnly) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.useDefaultPrettyPrinter();
            if (asciiOnly) {
                generator.setHighestNonEscapedChar(127);
            }
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string never does I/O", e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    out.writeFieldName(field.getKey());
                    write(field.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : node) {
                    write(item, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            // missing, binary and POJO nodes never come from JSON text or from the trees our writers build
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator out) throws IOException {
        if (node.isInt()) {
            out.writeNumber(node.intValue());
        } else if (node.isLong()) {
            out.writeNumber(node.longValue());
        } else if (node.isBigInteger()) {
            out.writeNumber(node.bigIntegerValue());
        } else if (node.isBigDecimal()) {
            out.writeNumber(node.decimalValue());
        } else if (node.isFloat()) {
            out.writeNumber(node.floatValue());
        } else {
            out.writeNumber(node.doubleValue());
        }
    }

    private static JsonNode document(JsonParser parser) throws IOException {
        try {
            return documentWithinLimits(parser);
        } catch (StreamConstraintsException e) {
            // Jackson's limit errors carry no location; the parser knows where it stopped
            throw new JsonParseException(parser, limitInWords(e.getMessage()));
        }
    }

    /** Jackson's limits (docs/answers-format.md), said in words. */
    private static String limitInWords(String message) {
        String text = String.valueOf(message);
        if (text.contains("nesting depth")) {
            return "nested more than " + LIMITS.getMaxNestingDepth() + " levels deep";
        }
        if (text.contains("String value length")) {
            return "a text longer than " + LIMITS.getMaxStringLength() + " characters";
        }
        if (text.contains("Number value length")) {
            return "a number longer than " + LIMITS.getMaxNumberLength() + " digits";
        }
        return text;
    }

    private static JsonNode documentWithinLimits(JsonParser parser) throws IOException {
        if (parser.nextToken() == null) {
            return MissingNode.getInstance();
        }
        JsonNode root = value(parser);
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new JsonParseException(parser, "Trailing token (" + after + ") after the JSON value; a file holds"
                    + " exactly one value");
        }
        return root;
    }

    /** The value starting at the parser's current token; leaves the parser on its last token. */
    private static JsonNode value(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            // a decimal too large for a double becomes infinity, as with readTree; readers check isFinite
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            // the streaming parser never starts a value with any other token
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    private static ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, value(parser));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }
}
