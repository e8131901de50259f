package org.calfcheck.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    private OutputFile at(Path target) {
        return new OutputFile(target, ".calfcheck-", ".pdf.part");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private static boolean made(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Test
    void aPipeIsRefusedEvenWithReplaceAndStaysAPipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(made("mkfifo", fifo.toString()), "mkfifo is available");
        OutputFile.NotAFile thrown = assertThrows(OutputFile.NotAFile.class,
                () -> at(fifo).write(out -> out.write(1), true));
        assertTrue(thrown.getReason().contains("not a regular file"), thrown.getReason());
        assertFalse(Files.isRegularFile(fifo), "the pipe was not replaced by a file");
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(fifo), files(), "no temporary file is left");
    }

    @Test
    void aDeviceIsRefusedAndNotReplaced() throws Exception {
        // a null device of our own in the temporary folder: the real /dev/null is never put at risk
        Path device = dir.resolve("null");
        assumeTrue(made("mknod", device.toString(), "c", "1", "3"), "mknod works here (root)");
        assertTrue(at(device).problem(true).isPresent());
        assertThrows(OutputFile.NotAFile.class, () -> at(device).write(out -> out.write(1), true));
        assertFalse(Files.isRegularFile(device), "the device is still a device");
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        OutputFile.NotAFile thrown = assertThrows(OutputFile.NotAFile.class,
                () -> at(folder).write(out -> out.write(1), true));
        assertTrue(thrown.getReason().contains("folder"), thrown.getReason());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aDanglingLinkIsReplacedOnlyWithReplace() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), dir.resolve("missing.pdf"));
        assertThrows(OutputFile.NotAFile.class, () -> at(link).write(out -> out.write(1), false));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        at(link).write(out -> out.write(7), true);
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(link));
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        assertThrows(IOException.class, () -> at(target).write(out -> {
            out.write(1);
            throw new IOException("No space left on device");
        }, false));
        assertEquals(List.of(), files());
    }

    @Test
    void aStaleLeftoverOfAKilledRunIsRemovedAndARecentOneKept() throws IOException {
        Path stale = Files.write(dir.resolve(".calfcheck-123.pdf.part"), new byte[] {1});
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(OutputFile.STALE).minusSeconds(60)));
        Path recent = Files.write(dir.resolve(".calfcheck-456.pdf.part"), new byte[] {1});
        Path unrelated = Files.write(dir.resolve("notes.pdf.part"), new byte[] {1});
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(OutputFile.STALE).minusSeconds(60)));
        Path target = dir.resolve("sheet.pdf");
        at(target).write(out -> out.write(1), false);
        assertEquals(List.of(recent, unrelated, target), files());
    }

    @Test
    void diskFullIsRecognisedFromTheSystemsWords() {
        assertTrue(OutputFile.isDiskFull(new IOException("write failed", new IOException("No space left on device"))));
        assertFalse(OutputFile.isDiskFull(new IOException("Permission denied")));
    }
}
