package org.calfcheck.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.calfcheck.engine.RoutineItem;
import org.calfcheck.engine.WithheldItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vignette through the real engine, content and sheet: at most two pages, exactly the routine printed. */
class VignetteSheetTest {

    private static Engine engine;
    private final SheetWriter writer = new SheetWriter();

    @BeforeAll
    static void loadContent() throws Exception {
        Content content = ContentLoader.packaged().load();
        engine = new Engine(content);
    }

    static Stream<Path> vignettes() throws IOException, URISyntaxException {
        Path dir = Path.of(VignetteSheetTest.class.getResource("/vignettes").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void vignetteSheetFitsTwoPagesAndPrintsExactlyTheRoutine(Path file) throws Exception {
        String answersJson = new JsonMapper().readTree(Files.readString(file)).path("answers").toString();
        Answers answers = AnswersJson.parse(answersJson);
        Assessment assessment = engine.assess(answers);
        for (Paper paper : Paper.values()) {
            SheetRequest request = SheetRequest.of(assessment, answers, LocalDate.of(2026, 11, 24), paper)
                    .withName(java.util.Optional.of("Zoë Łukasiewicz"));
            byte[] bytes = writer.write(request);
            if (Boolean.getBoolean("sheet.keep")) {
                Path out = Files.createDirectories(Path.of("target/sheets/vignettes"));
                Files.write(out.resolve(file.getFileName().toString().replace(".json", "-" + paper + ".pdf")), bytes);
            }
            PdfText pdf = PdfText.of(bytes);
            assertTrue(pdf.pages() <= 2, file.getFileName() + " takes " + pdf.pages() + " pages on " + paper);
            List<RoutineItem> items = assessment.routine().all();
            for (RoutineItem item : items) {
                assertTrue(pdf.contains(item.title()), item.title() + " missing in " + file.getFileName());
            }
            for (WithheldItem held : assessment.withheld()) {
                assertFalse(pdf.contains(held.title()), held.title() + " is withheld but printed for "
                        + file.getFileName());
            }
            if (!assessment.redFlags().isEmpty()) {
                int action = pdf.indexOf(assessment.redFlags().get(0).action());
                assertTrue(action >= 0 && action < pdf.indexOf("Likely causes"),
                        "seek-care message first in " + file.getFileName());
            }
        }
    }
}
