package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --format pdf} in-process: options, refusals and the file it writes. */
class SheetCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        // as main runs it: a plain assess without picocli, anything else through it
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path answers(String vignette) throws Exception {
        return Files.writeString(dir.resolve("answers.json"), AssessCommandTest.vignetteAnswers(vignette));
    }

    @Test
    void pdfFormatWritesTheSheetWithTheNameOnTheChosenPaper() throws Exception {
        Path sheet = dir.resolve("sheet.pdf");
        int exit = run("assess", answers("self-care-worn-out-shoes-miles.json").toString(), "--format", "pdf",
                "--out", sheet.toString(), "--name", "Zoë Łukasiewicz", "--paper", "letter");
        assertEquals(0, exit, err.toString());
        try (PDDocument pdf = Loader.loadPDF(sheet.toFile())) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Zoë Łukasiewicz"), text);
            assertTrue(text.contains("You can look after this yourself"), text);
            assertTrue(text.contains("Yours have done"), "the shoe distance answer is quoted");
        }
        assertTrue(out.toString().contains("Routine sheet written to " + sheet), out.toString());
    }

    @Test
    void pdfWithoutOutIsBadInput() throws Exception {
        assertEquals(2, run("assess", answers("self-care-no-rest-days.json").toString(), "--format", "pdf"));
        assertTrue(err.toString().contains("--format pdf needs --out FILE"), err.toString());
    }

    @Test
    void anUnknownPaperIsBadInput() throws Exception {
        Path sheet = dir.resolve("sheet.pdf");
        assertEquals(2, run("assess", answers("self-care-no-rest-days.json").toString(), "--format", "pdf",
                "--out", sheet.toString(), "--paper", "legal"));
        assertTrue(err.toString().contains("--paper: expected a4 or letter, not 'legal'"), err.toString());
        assertFalse(Files.exists(sheet));
    }

    @Test
    void sheetOptionsWithoutPdfFormatAreBadInput() throws Exception {
        assertEquals(2, run("assess", answers("self-care-no-rest-days.json").toString(), "--name", "Sam"));
        assertTrue(err.toString().contains("go with --format pdf"), err.toString());
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path sheet = Files.writeString(dir.resolve("sheet.pdf"), "keep me");
        String file = answers("urgent-calf-tear-with-bruising.json").toString();
        assertEquals(2, run("assess", file, "--format", "pdf", "--out", sheet.toString()));
        assertTrue(err.toString().contains("already exists; add --force to replace it"), err.toString());
        assertEquals("keep me", Files.readString(sheet));
        assertEquals(0, run("assess", file, "--format", "pdf", "--out", sheet.toString(), "--force"));
        assertTrue(Files.readString(sheet, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void aFolderThatDoesNotExistIsBadInputAndLeavesNothing() throws Exception {
        Path sheet = dir.resolve("no-such-folder").resolve("sheet.pdf");
        assertEquals(2, run("assess", answers("self-care-no-rest-days.json").toString(), "--format", "pdf",
                "--out", sheet.toString()));
        assertTrue(err.toString().contains("cannot write: the folder does not exist"), err.toString());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the answers file");
        }
    }

    @Test
    void outThatIsAFolderOrAPipeIsRefusedBeforeAnyWorkEvenWithForce() throws Exception {
        Path answers = answers("self-care-no-rest-days.json");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertEquals(2, run("assess", answers.toString(), "--format", "pdf", "--out", folder.toString(), "--force"));
        assertTrue(err.toString().contains(folder + ": is a folder"), err.toString());
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        assertEquals(2, run("assess", answers.toString(), "--format", "pdf", "--out", fifo.toString(), "--force"));
        assertTrue(err.toString().contains(fifo + ": is a device or pipe"), err.toString());
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void outThatIsADanglingLinkNeedsForce() throws Exception {
        Path answers = answers("self-care-no-rest-days.json");
        Path link = Files.createSymbolicLink(dir.resolve("sheet.pdf"), dir.resolve("gone.pdf"));
        assertEquals(2, run("assess", answers.toString(), "--format", "pdf", "--out", link.toString()));
        assertTrue(err.toString().contains("link to a file that does not exist"), err.toString());
        assertEquals(0, run("assess", answers.toString(), "--format", "pdf", "--out", link.toString(), "--force"),
                err.toString());
    }
}
