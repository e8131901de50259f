package org.calfcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A typical self-care routine fits one printed page: every self-care example in docs/examples, on both papers. */
class ExampleSheetsTest {

    private static final Path EXAMPLES = Path.of("docs", "examples");
    private static Engine engine;
    private final SheetWriter writer = new SheetWriter();

    @BeforeAll
    static void loadContent() throws Exception {
        engine = new Engine(ContentLoader.packaged().load());
    }

    static List<Path> selfCareExamples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().startsWith("self-care-")).sorted().toList();
        }
    }

    @Test
    void thereAreSelfCareExamplesToCheck() throws IOException {
        assertFalse(selfCareExamples().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selfCareExamples")
    void aSelfCareExamplePrintsOnOnePage(Path file) throws Exception {
        Answers answers = AnswersJson.parse(Files.readString(file));
        Assessment assessment = engine.assess(answers);
        assertEquals(CareLevel.SELF_CARE, assessment.careLevel(), file.toString());
        for (Paper paper : Paper.values()) {
            SheetRequest request = SheetRequest.of(assessment, answers, LocalDate.of(2026, 12, 5), paper)
                    .withName(Optional.of("Alexandra Runner"));
            byte[] bytes = writer.write(request);
            if (Boolean.getBoolean("sheet.keep")) {
                Path out = Files.createDirectories(Path.of("target/sheets/examples"));
                Files.write(out.resolve(file.getFileName().toString().replace(".json", "-" + paper + ".pdf")), bytes);
            }
            assertEquals(1, PdfText.of(bytes).pages(), file.getFileName() + " on " + paper);
        }
    }
}
