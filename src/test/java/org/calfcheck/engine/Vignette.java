package org.calfcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.calfcheck.content.CareLevel;

/**
 * A clinical vignette: a runner's answers and what a careful clinician expects CalfCheck to say.
 * Files live under {@code src/test/resources/vignettes/}.
 *
 * @param file the file name, so a failure names the case
 */
record Vignette(String file, String name, String description, Answers answers, Expect expect) {

    /**
     * What must hold. Lists are "at least these": {@code redFlags} must all be raised, {@code withheld} must all be
     * listed as withheld and absent from the routine, {@code notInRoutine} must be absent, {@code inRoutine} present.
     */
    record Expect(CareLevel careLevel, List<String> causesInTopThree, List<String> withheld,
                  List<String> notInRoutine, List<String> inRoutine, List<String> redFlags, boolean routineEmpty) {
    }

    private static final JsonMapper JSON = new JsonMapper();

    static List<Vignette> all() {
        Path dir = folder();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().map(Vignette::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(Vignette.class.getResource("/vignettes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the vignettes folder is not on the test class path", e);
        }
    }

    static Vignette read(Path file) {
        String fileName = file.getFileName().toString();
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            Answers answers = AnswersJson.parse(root.path("answers").toString());
            JsonNode e = root.path("expect");
            Expect expect = new Expect(CareLevel.valueOf(e.path("careLevel").asText()), strings(e, "causesInTopThree"),
                    strings(e, "withheld"), strings(e, "notInRoutine"), strings(e, "inRoutine"),
                    strings(e, "redFlags"), e.path("routineEmpty").asBoolean(false));
            return new Vignette(fileName, root.path("name").asText(fileName), root.path("description").asText(""),
                    answers, expect);
        } catch (IOException | AnswersFormatException | IllegalArgumentException e) {
            throw new IllegalStateException("vignette " + fileName + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode expect, String field) {
        return Optional.ofNullable(expect.get(field)).stream()
                .flatMap(array -> Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(i -> array.get(i).asText()))
                .toList();
    }

    @Override
    public String toString() {
        return file + " (" + name + ")";
    }
}
