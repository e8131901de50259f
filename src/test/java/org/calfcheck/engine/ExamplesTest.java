package org.calfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The answers files in docs/examples/ are valid and reach the care level their names promise. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");
    private static Engine engine;
    private static List<Path> files;

    @BeforeAll
    static void load() throws ContentException, IOException {
        engine = new Engine(ContentLoader.packaged().load());
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachExampleReachesTheCareLevelItsNameSays() {
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Answers answers = AnswersJson.parse(Files.readString(file));
            assertEquals(List.of(), engine.check(answers), file + " must pass check()");
            assertEquals(levelNamedIn(file), engine.assess(answers).careLevel(), file.toString());
        }));
    }

    @Test
    void everyCareLevelHasAnExampleAndOneIsInMiles() throws Exception {
        Set<CareLevel> levels = files.stream().map(ExamplesTest::levelNamedIn).collect(Collectors.toSet());
        assertEquals(Set.of(CareLevel.values()), levels, "care levels with an example");
        long inMiles = 0;
        for (Path file : files) {
            if (AnswersJson.parse(Files.readString(file)).units() == DistanceUnit.MI) {
                inMiles++;
            }
        }
        assertTrue(inMiles >= 1, "at least one example answers in miles");
        assertTrue(files.size() >= 5 && files.size() <= 8, files.size() + " examples; keep 5–8");
    }

    /** "self-care-…" → SELF_CARE, "soon-…" → SOON, and so on. */
    private static CareLevel levelNamedIn(Path file) {
        String name = file.getFileName().toString().toUpperCase(Locale.ROOT).replace('-', '_');
        return Stream.of(CareLevel.values()).filter(level -> name.startsWith(level.name() + "_")).findFirst()
                .orElseThrow(() -> new AssertionError(file + " does not start with a care level"));
    }
}
