package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.calfcheck.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentOutcomeTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenFolderBecomesAFailureNamingFileAndProblem() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"version\": ");

        ContentOutcome outcome = ContentOutcome.from(() -> ContentLoader.folder(dir));

        ContentOutcome.Failed failed = assertInstanceOf(ContentOutcome.Failed.class, outcome);
        assertFalse(failed.problems().isEmpty());
        assertTrue(failed.problems().stream().anyMatch(p -> p.startsWith("manifest.json")), failed.problems().toString());
        assertTrue(failed.summary().contains(dir.toString()));
    }

    @Test
    void thePackagedContentLoads() {
        assertInstanceOf(ContentOutcome.Loaded.class, ContentOutcome.from(ContentLoader::packaged));
    }
}
