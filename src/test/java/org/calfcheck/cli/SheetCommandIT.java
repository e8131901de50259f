package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar writing the routine sheet: {@code java -jar calfcheck.jar assess FILE --format pdf …}. */
class SheetCommandIT {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dcalfcheck.home=" + dir.resolve("home"), "-Djava.awt.headless=true",
                "-jar", System.getProperty("calfcheck.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command finished");
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private String answers() throws IOException {
        return Files.writeString(dir.resolve("answers.json"),
                AssessCommandTest.vignetteAnswers("urgent-clot-swollen-warm-no-risk-factor.json")).toString();
    }

    @Test
    void writesTheRoutineSheet() throws Exception {
        Path sheet = dir.resolve("sheet.pdf");
        Result r = run("assess", answers(), "--format", "pdf", "--out", sheet.toString(), "--name", "Ψ Runner",
                "--paper", "a4");
        assertEquals(0, r.exit(), r.err());
        try (PDDocument pdf = Loader.loadPDF(sheet.toFile())) {
            assertTrue(pdf.getNumberOfPages() <= 2);
            assertEquals(595.28f, pdf.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Ψ Runner"), text);
            assertTrue(text.contains("See a doctor today"), text);
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path sheet = Files.writeString(dir.resolve("sheet.pdf"), "an older sheet");
        byte[] before = Files.readAllBytes(sheet);
        Result r = run("assess", answers(), "--format", "pdf", "--out", sheet.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("already exists; add --force to replace it"), r.err());
        assertArrayEquals(before, Files.readAllBytes(sheet));
        Result forced = run("assess", answers(), "--format", "pdf", "--out", sheet.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
    }

    @Test
    void anUnwritablePathExitsTwoWithAClearMessage() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path sheet = notAFolder.resolve("sheet.pdf");
        Result r = run("assess", answers(), "--format", "pdf", "--out", sheet.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(sheet + ": cannot write"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void pdfWithoutOutExitsTwo() throws Exception {
        Result r = run("assess", answers(), "--format", "pdf");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--format pdf needs --out FILE"), r.err());
    }
}
