package org.calfcheck.ui.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.calfcheck.store.RealAssessments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answers file taken in from the Coach page is read as {@code assess} reads it: capped, UTF-8, BOM dropped. */
class EngineCheckReaderTest {

    @TempDir
    Path dir;

    private final EngineCheckReader reader = new EngineCheckReader(() -> new RealAssessments().engine());

    private String onlyProblem(Path file) {
        CheckReader.Unreadable refused = assertThrows(CheckReader.Unreadable.class, () -> reader.read(file));
        assertEquals(1, refused.problems().size(), refused.problems().toString());
        return refused.problems().get(0);
    }

    @Test
    void anOversizedFileIsRefusedWithItsSizeNotReadWhole() throws IOException {
        Path big = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 5; i++) {
                out.write(block);
            }
        }
        String problem = onlyProblem(big);
        assertTrue(problem.contains("big.json") && problem.contains("larger than 4 MB"), problem);
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
        String problem = onlyProblem(zero);
        assertTrue(problem.contains("/dev/zero") && problem.contains("is not a regular file"), problem);
    }

    @Test
    void aFolderIsNamedAsOne() {
        String problem = onlyProblem(dir);
        assertTrue(problem.contains(dir.toString()) && problem.contains("is a folder, not an answers file"), problem);
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        String problem = onlyProblem(fifo);
        assertTrue(problem.contains("pipe") && problem.contains("is not a regular file"), problem);
    }

    @Test
    void aByteOrderMarkIsDroppedAsAssessDoes() throws Exception {
        Path plain = dir.resolve("plain.json");
        Files.writeString(plain, "{\"version\": 1, \"answers\": {}}");
        String plainProblem = assertThrows(CheckReader.Unreadable.class, () -> reader.read(plain)).getMessage();
        Path marked = dir.resolve("marked.json");
        byte[] text = Files.readAllBytes(plain);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(marked, withMark);
        String markedProblem = assertThrows(CheckReader.Unreadable.class, () -> reader.read(marked)).getMessage();
        assertEquals(plainProblem.replace("plain.json", "marked.json"), markedProblem);
    }

    @Test
    void invalidUtf8IsRefusedInWords() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.write(bad, new byte[] {'{', (byte) 0xC3, '}'});
        assertEquals(bad + ": is not UTF-8 text", onlyProblem(bad));
    }
}
