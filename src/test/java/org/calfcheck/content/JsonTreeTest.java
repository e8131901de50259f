package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JsonTree must give the tree Jackson's own readTree gives, and refuse what a strict reader refuses. */
class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "\"text\"", "0", "-7", "2147483648", "123456789012345678901234567890", "1.5", "-0.25e3",
        "1e400", "true", "false", "null",
        "{\"a\": [1, 2.0, \"x\", null, {\"b\": {\"c\": []}}], \"d\": \"é ✓\", \"e\": false}",
        "  [ [ [ ] ] ]  \n"})
    void givesTheSameTreeAsReadTree(String json) throws IOException {
        JsonNode expected = MAPPER.readTree(json);

        JsonNode actual = JsonTree.read(json);

        assertEquals(expected, actual);
        assertEquals(expected.getNodeType(), actual.getNodeType());
        assertEquals(expected.isInt(), actual.isInt());
        assertEquals(expected.isLong(), actual.isLong());
        assertEquals(expected.isDouble(), actual.isDouble());
    }

    @Test
    void readsEveryPackagedContentFileAsReadTreeDoes() throws IOException {
        for (String file : ContentLoader.FILES) {
            try (InputStream ours = open(file); InputStream theirs = open(file)) {
                assertEquals(MAPPER.readTree(theirs), JsonTree.read(ours), file);
            }
        }
    }

    @Test
    void keepsTheOrderOfFields() throws IOException {
        JsonNode tree = JsonTree.read("{\"z\": 1, \"a\": 2, \"m\": 3}");

        List<String> names = fieldNames(tree);

        assertEquals(List.of("z", "a", "m"), names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void nothingButWhitespaceIsMissing(String json) throws IOException {
        assertTrue(JsonTree.read(json).isMissingNode());
        assertTrue(JsonTree.read(bytes(json)).isMissingNode());
    }

    @Test
    void aRepeatedKeyIsAnErrorNamingTheKey() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonTree.read("{\"a\": 1,\n \"a\": 2}"));

        assertTrue(e.getOriginalMessage().contains("Duplicate field 'a'"), e.getOriginalMessage());
        assertEquals(2, e.getLocation().getLineNr());
    }

    @Test
    void aRepeatedKeyInsideAListIsAnErrorToo() {
        assertThrows(JsonProcessingException.class, () -> JsonTree.read("[{\"b\": 1, \"b\": 1}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "[1] 2", "\"a\" \"b\"", "{}\n]"})
    void anythingAfterTheValueIsAnError(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JsonTree.read(json));

        assertTrue(e.getLocation() != null && e.getLocation().getLineNr() >= 1, e::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[1, 2", "{\"a\": }", "{\"a\" 1}", "[1,]x", "nul", "{'a': 1}", "[1 2]"})
    void malformedJsonIsAnErrorWithItsLocation(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JsonTree.read(json));

        assertTrue(e.getLocation().getColumnNr() >= 1, e::getMessage);
    }

    @Test
    void malformedJsonFromAStreamReportsTheLineAndColumn() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonTree.read(bytes("{\n  \"a\": 1,\n  \"b\": ?\n}")));

        assertEquals(3, e.getLocation().getLineNr());
        assertEquals(8, e.getLocation().getColumnNr());
    }

    @Test
    void nestingDeeperThanJacksonAllowsIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        assertThrows(JsonProcessingException.class, () -> JsonTree.read(deep));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "{\"a\": []}", "{\"a\": {}}", "[1, -2, 2147483648, 1.5, 1e300, true, false, null]",
        "{\"a\": [1, 2.0, \"x\", null, {\"b\": {\"c\": [[]]}}], \"d\": \"é – ✓ \\\" \\\\ \\n\", \"e\": false}",
        "\"just text\"", "123456789012345678901234567890"})
    void writesWhatAnIndentingObjectWriterWrites(String json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);

        assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree), JsonTree.pretty(tree, false));
        assertEquals(MAPPER.writerWithDefaultPrettyPrinter().with(JsonWriteFeature.ESCAPE_NON_ASCII)
                .writeValueAsString(tree), JsonTree.pretty(tree, true));
    }

    @Test
    void asciiOnlyOutputHasNoByteBeyondAscii() throws IOException {
        String written = JsonTree.pretty(JsonTree.read("{\"dose\": \"2–3 × a day · Zoë\"}"), true);

        assertTrue(written.chars().allMatch(c -> c < 128), written);
        assertEquals("2–3 × a day · Zoë", JsonTree.read(written).get("dose").textValue());
    }

    @Test
    void everyPackagedContentFileSurvivesAWriteAndARead() throws IOException {
        for (String file : ContentLoader.FILES) {
            try (InputStream in = open(file)) {
                JsonNode tree = JsonTree.read(in);
                assertEquals(tree, JsonTree.read(JsonTree.pretty(tree, true)), file);
            }
        }
    }

    private static InputStream open(String file) {
        return JsonTreeTest.class.getResourceAsStream("/content/" + file);
    }

    private static InputStream bytes(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> fieldNames(JsonNode tree) {
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
