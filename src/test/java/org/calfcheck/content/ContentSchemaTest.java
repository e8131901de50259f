package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the JSON Schemas in {@code content/schema/} (used by authors' editors) and the loader in agreement: what
 * the loader accepts matches its schema, and each broken fixture fails both.
 */
class ContentSchemaTest {

    private static final Path SHIPPED = Path.of("content");
    private static final Path SCHEMAS = SHIPPED.resolve("schema");
    /** Broken sets a JSON Schema cannot express (min above max); only the loader catches them. */
    private static final Set<String> LOADER_ONLY = Set.of("range-min-above-max", "question-range-min-above-max");

    private final ObjectMapper json = new ObjectMapper();
    /** Schemas are served from content/schema under a made-up base IRI, so relative $refs resolve with no I/O
     *  beyond that folder (the validator does not read file: IRIs by default). */
    private static final String BASE = "https://calfcheck.invalid/schema/";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(ContentSchemaTest::schemaText));

    @TempDir
    Path dir;

    private static String schemaText(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        try {
            return Files.readString(SCHEMAS.resolve(iri.substring(BASE.length())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Schema schemaFor(String file) {
        return registry.getSchema(SchemaLocation.of(BASE + file.replace(".json", ".schema.json")));
    }

    /** Schema errors for one file; a file that is not even JSON gives a single pseudo-error. */
    private List<String> schemaErrors(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        return schemaFor(file.getFileName().toString()).validate(tree).stream().map(Error::toString).toList();
    }

    static List<String> brokenSets() {
        return ContentFixtures.brokenSets().stream().filter(s -> !LOADER_ONLY.contains(s)).toList();
    }

    @Test
    void everyContentFileHasASchema() {
        for (String file : ContentLoader.FILES) {
            assertTrue(Files.isRegularFile(SCHEMAS.resolve(file.replace(".json", ".schema.json"))), file);
        }
    }

    @Test
    void theValidFixturesMatchTheirSchemasAndLoad() throws Exception {
        Path valid = ContentFixtures.resource("valid");
        for (String file : ContentLoader.FILES) {
            assertEquals(List.of(), schemaErrors(valid.resolve(file)), file);
        }
        ContentLoader.folder(valid).load();
    }

    @Test
    void everyShippedContentFileMatchesItsSchema() throws Exception {
        List<String> present = ContentLoader.FILES.stream().filter(f -> Files.isRegularFile(SHIPPED.resolve(f))).toList();
        assumeTrue(!present.isEmpty(), "no shipped content files on this branch yet");
        for (String file : present) {
            assertEquals(List.of(), schemaErrors(SHIPPED.resolve(file)), file);
        }
    }

    @Test
    void theShippedContentLoadsCleanly() throws Exception {
        assumeTrue(ContentLoader.FILES.stream().allMatch(f -> Files.isRegularFile(SHIPPED.resolve(f))),
                "the shipped content is not complete on this branch yet");
        Content content = ContentLoader.folder(SHIPPED).load();
        assertFalse(content.version().isEmpty());
    }

    @ParameterizedTest(name = "{0} fails the schema and the loader")
    @MethodSource("brokenSets")
    void eachBrokenFixtureFailsBothTheSchemaAndTheLoader(String set) throws Exception {
        Path overrides = ContentFixtures.resource("broken/" + set);
        try (Stream<Path> files = Files.list(overrides)) {
            for (Path file : files.toList()) {
                assertFalse(schemaErrors(file).isEmpty(), set + "/" + file.getFileName() + " passes its schema");
            }
        }
        assertFalse(ContentFixtures.problems(ContentFixtures.broken(set, dir)).isEmpty());
    }

    @Test
    void whatOnlyTheLoaderCatchesIsListedHonestly() throws Exception {
        for (String set : LOADER_ONLY) {
            Path overrides = ContentFixtures.resource("broken/" + set);
            try (Stream<Path> files = Files.list(overrides)) {
                for (Path file : files.toList()) {
                    assertEquals(List.of(), schemaErrors(file), set + " is caught by the schema: move it to the shared list");
                }
            }
            assertFalse(ContentFixtures.problems(ContentFixtures.broken(set, dir)).isEmpty());
        }
    }
}
