package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vignette's real assessment (flags, causes, evidence, doses, withheld items) is read back exactly. */
class RealAssessmentRoundTripTest {

    private static RealAssessments real;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadContent() throws Exception {
        real = new RealAssessments();
    }

    static Stream<String> vignettes() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(RealAssessmentRoundTripTest.class
                .getResource("/vignettes").toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void aRealAssessmentIsSavedAndReadBackUnchanged(String vignette) throws Exception {
        Answers answers = real.answers(vignette);
        Assessment assessment = real.engine().assess(answers);
        long id;
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            id = store.save(store.defaultClient().id(), answers, assessment).id();
        }
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            SavedAssessment read = store.assessment(id);
            assertEquals(assessment, read.assessment());
            assertEquals(answers, read.answers());
        }
    }
}
