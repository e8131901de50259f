package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.calfcheck.fuzz.FuzzRun;
import org.calfcheck.fuzz.Mutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder with one mutated file loads or is refused with content problems; nothing else escapes. */
class ContentFolderFuzzTest {

    @TempDir
    Path diskDir;

    /**
     * Rewriting a file on a disk file system (truncate, write, close) can wait for the disk on every input: samples
     * of the long run spent most of their time in {@code Files.write}, about 26 ms an input on a shared machine.
     * Memory-backed {@code /dev/shm} makes the folder cost next to nothing while the loader still reads real files.
     */
    private Path contentFolder() throws Exception {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return Files.createTempDirectory(shm, "calfcheck-fuzz-content");
        }
        return diskDir;
    }

    @Test
    void aMutatedContentFileLoadsOrIsRefusedNeverCrashes() throws Exception {
        Path dir = contentFolder();
        try {
            fuzz(dir);
        } finally {
            if (!dir.equals(diskDir)) {
                for (String file : ContentLoader.FILES) {
                    Files.deleteIfExists(dir.resolve(file));
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    private void fuzz(Path dir) throws Exception {
        Map<String, byte[]> packaged = new HashMap<>();
        for (String file : ContentLoader.FILES) {
            try (InputStream in = ContentLoader.class.getResourceAsStream("/content/" + file)) {
                packaged.put(file, in.readAllBytes());
                Files.write(dir.resolve(file), packaged.get(file));
            }
        }
        Random pick = new Random(7);
        // content loads are slower than answers: a tenth of the inputs, at least a few dozen
        int count = Math.max(24, Mutator.inputs() / 10);
        int ran = 0;
        for (String file : ContentLoader.FILES) {
            Mutator mutator = new Mutator(pick.nextLong(), List.of(new String(packaged.get(file),
                    java.nio.charset.StandardCharsets.UTF_8)));
            ran += FuzzRun.run("content-" + file, mutator, count / ContentLoader.FILES.size() + 1, input -> {
                Files.write(dir.resolve(file), input);
                try {
                    ContentLoader.folder(dir).load();
                } catch (ContentException e) {
                    assertTrue(!e.problems().isEmpty(), "a refusal names its problems");
                } finally {
                    Files.write(dir.resolve(file), packaged.get(file));
                }
            });
        }
        assertTrue(ran > 0);
    }
}
