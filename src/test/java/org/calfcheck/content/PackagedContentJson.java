package org.calfcheck.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The packaged content files (classpath folder {@code /content/}) read as plain Jackson trees, so content tests
 * check what ships without depending on the content loader.
 */
final class PackagedContentJson {

    /** Each item file and the name of its top-level array, in the order the content lists them. */
    static final Map<String, String> ITEM_FILES = Map.of(
            "causes.json", "causes",
            "exercises.json", "exercises",
            "recovery.json", "recovery",
            "prevention.json", "advice",
            "redflags.json", "redFlags");

    private static final List<String> FILE_ORDER =
            List.of("causes.json", "exercises.json", "recovery.json", "prevention.json", "redflags.json");

    private static final Set<String> NOT_READ = Set.of("id", "helpedBy", "withholds");

    private final Map<String, JsonNode> files;

    private PackagedContentJson(Map<String, JsonNode> files) {
        this.files = Map.copyOf(files);
    }

    static PackagedContentJson load() {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (String name : concat(FILE_ORDER, List.of("manifest.json"))) {
            String resource = "/content/" + name;
            try (InputStream in = PackagedContentJson.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("classpath resource " + resource + " is missing");
                }
                files.put(name, mapper.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new PackagedContentJson(files);
    }

    JsonNode file(String name) {
        return files.get(name);
    }

    /** The items of one file, in file order. */
    List<JsonNode> items(String fileName) {
        JsonNode array = files.get(fileName).path(ITEM_FILES.get(fileName));
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** Every item of every file, in content order. */
    List<JsonNode> allItems() {
        List<JsonNode> all = new ArrayList<>();
        FILE_ORDER.forEach(name -> all.addAll(items(name)));
        return all;
    }

    /** Every id in content order, duplicates kept so a test can find them. */
    List<String> allIds() {
        return allItems().stream().map(item -> item.path("id").asText("")).toList();
    }

    Optional<JsonNode> item(String id) {
        return allItems().stream().filter(item -> id.equals(item.path("id").asText())).findFirst();
    }

    /** The file an id lives in, if any. */
    Optional<String> fileOf(String id) {
        return FILE_ORDER.stream()
                .filter(name -> items(name).stream().anyMatch(item -> id.equals(item.path("id").asText())))
                .findFirst();
    }

    /** All the words a runner reads in an item: every string in it except ids and references, joined. */
    static String text(JsonNode item) {
        StringBuilder text = new StringBuilder();
        item.properties().forEach(field -> {
            if (!NOT_READ.contains(field.getKey())) {
                appendStrings(field.getValue(), text);
            }
        });
        return text.toString();
    }

    private static void appendStrings(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.asText()).append('\n');
        } else {
            node.forEach(child -> appendStrings(child, text));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
