package org.calfcheck.content;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content must be written in our own words: no run of ten consecutive words may match the source article,
 * in any content file or in the notes that explain where we departed from it.
 */
class NoCopiedTextTest {

    private static final int RUN = 10;
    private static final Path CONTENT = Path.of("content");
    private static final Path NOTES = Path.of("docs", "content-notes.md");

    private String article;
    private CopiedRunDetector detector;

    @BeforeEach
    void readTheArticle() throws IOException {
        String dir = System.getProperty("calfcheck.source.dir");
        Path file = dir == null ? null : Path.of(dir, "sore-calves-article.txt");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "the source article is not here (calfcheck.source.dir=" + dir + "), so there is nothing to compare "
                        + "against; this check runs where ../shared/source holds sore-calves-article.txt");
        article = Files.readString(file, StandardCharsets.UTF_8);
        detector = new CopiedRunDetector(article, RUN);
    }

    @ParameterizedTest(name = "{0} shares no ten-word run with the article")
    @MethodSource("checkedFiles")
    void fileSharesNoTenWordRunWithTheArticle(Path file) throws IOException {
        List<String> copied = detector.copiedRuns(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(), copied, () -> file + " copies " + copied.size() + " ten-word run(s) from the article: "
                + String.join(" | ", copied));
    }

    @Test
    void everyContentFileAndTheNotesAreChecked() throws IOException {
        List<Path> files = checkedFiles().toList();
        for (String name : List.of("causes.json", "exercises.json", "recovery.json", "prevention.json",
                "redflags.json", "manifest.json")) {
            assertTrue(files.contains(CONTENT.resolve(name)), () -> name + " is not among the checked files " + files);
        }
        assertTrue(files.contains(NOTES), () -> NOTES + " is not among the checked files " + files);
    }

    @Test
    void aRunTakenFromTheArticleIsCaughtDespiteCaseAndPunctuation() {
        List<String> words = CopiedRunDetector.words(article);
        String run = String.join(" ", words.subList(words.size() / 2, words.size() / 2 + RUN));
        String disguised = "Our own words first. \"" + run.toUpperCase(Locale.ROOT).replace(" ", ",  ") + "!\" Then ours.";

        List<String> copied = detector.copiedRuns(disguised);
        assertTrue(copied.contains(run), () -> "the detector missed \"" + run + "\", found " + copied);
    }

    @Test
    void curlyAndStraightApostrophesCountAsTheSame() {
        // the article writes "You’re not alone!" with a curly apostrophe
        List<String> words = CopiedRunDetector.words(article);
        int at = words.indexOf("you're");
        assertTrue(at >= 0, "the article should contain you’re");
        String run = String.join(" ", words.subList(at, at + RUN)).replace("you're", "You're");

        assertEquals(1, detector.copiedRuns(run).size());
    }

    @Test
    void aNineWordRunIsAllowed() {
        List<String> words = CopiedRunDetector.words(article);
        String nine = String.join(" ", words.subList(40, 40 + RUN - 1));

        assertEquals(List.of(), detector.copiedRuns("zebra " + nine + " quokka"));
    }

    static Stream<Path> checkedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        files.add(NOTES);
        return files.stream();
    }
}
