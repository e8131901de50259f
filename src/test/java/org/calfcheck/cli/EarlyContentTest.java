package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyContentTest {

    @Test
    void findsTheContentFolderInEitherSpelling() {
        assertEquals(Optional.of(Path.of("my")), EarlyContent.contentFolderIn(new String[] {"--content", "my", "assess", "a.json"}));
        assertEquals(Optional.of(Path.of("my")), EarlyContent.contentFolderIn(new String[] {"assess", "--content=my", "a.json"}));
        assertEquals(Optional.empty(), EarlyContent.contentFolderIn(new String[] {"assess", "a.json"}));
    }

    @Test
    void startsOnlyForCommandsThatLoadTheContent() {
        assertTrue(EarlyContent.startFor(new String[] {"client", "list"}).isEmpty());
        assertTrue(EarlyContent.startFor(new String[] {"--help"}).isEmpty());
        assertTrue(EarlyContent.startFor(new String[] {"assess", "a.json"}).isPresent());
    }

    @Test
    void anEarlyLoadGivesTheSameContentAsALoadOnDemand() throws ContentException {
        EarlyContent early = EarlyContent.startFor(new String[] {"assess", "a.json"}).orElseThrow();
        Content direct = ContentLoader.packaged().load();
        assertEquals(direct, new ContentSource(Optional.empty(), Optional.of(early)).load());
    }

    @Test
    void anEarlyLoadOfAnotherFolderIsNotUsed(@TempDir Path dir) throws ContentException {
        Content unrelated = ContentLoader.packaged().load();
        EarlyContent elsewhere = new EarlyContent(Optional.empty(), CompletableFuture.completedFuture(unrelated));
        ContentSource source = new ContentSource(Optional.of(dir), Optional.of(elsewhere));
        assertTrue(source.early().isEmpty());
        // the empty folder is loaded for real, so its problems are reported
        assertThrows(ContentException.class, source::load);
    }

    @Test
    void problemsFoundByAnEarlyLoadAreThrownAsIfLoadedOnDemand(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{ not json");
        EarlyContent early = EarlyContent.startFor(new String[] {"--content", dir.toString(), "assess", "a.json"})
                .orElseThrow();
        ContentException thrown = assertThrows(ContentException.class,
                () -> new ContentSource(Optional.of(dir), Optional.of(early)).load());
        assertTrue(thrown.problems().stream().anyMatch(p -> p.file().equals("manifest.json")), thrown.problems().toString());
    }

    @Test
    void anErrorInTheBackgroundLoadEndsTheWaitWithAMessage() {
        EarlyContent early = EarlyContent.start(Optional.empty(), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        IllegalStateException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IllegalStateException.class, early::await));
        assertTrue(thrown.getMessage().contains("could not be loaded"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("OutOfMemoryError"), thrown.getMessage());
    }
}
