package org.calfcheck.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Content folders for tests: the minimal valid set under {@code content-fixtures/valid}, and broken sets under
 * {@code content-fixtures/broken/NAME} that hold only the files that differ from the valid set.
 */
final class ContentFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(ContentFixtures.class.getResource("/content-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the valid set in {@code dir}. */
    static Path valid(Path dir) {
        copyFiles(resource("valid"), dir);
        return dir;
    }

    /** The valid set with the files of broken set {@code name} laid over it. */
    static Path broken(String name, Path dir) {
        valid(dir);
        copyFiles(resource("broken/" + name), dir);
        return dir;
    }

    static List<String> brokenSets() {
        try (Stream<Path> sets = Files.list(resource("broken"))) {
            return sets.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes one file of a content folder through its JSON tree. */
    static void edit(Path dir, String file, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(dir.resolve(file).toFile());
            change.accept(tree);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(file).toFile(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** The object at a JSON pointer such as {@code /rules/0/when}. */
    static ObjectNode at(JsonNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    /** Loads a folder that must fail and returns its problems. */
    static List<ContentProblem> problems(Path dir) {
        try {
            ContentLoader.folder(dir).load();
        } catch (ContentException e) {
            return e.problems();
        }
        throw new AssertionError("expected content problems in " + dir);
    }

    private static void copyFiles(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
