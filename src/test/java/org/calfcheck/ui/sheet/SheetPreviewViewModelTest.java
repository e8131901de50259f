package org.calfcheck.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetFixtures;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.ui.InlineRunner;
import org.calfcheck.ui.RecordingDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetPreviewViewModelTest {

    /** A printer port that fails, cancels or records, as told. */
    private static final class FakePrinter implements SheetPrinter {
        Optional<PrinterException> failure = Optional.empty();
        Outcome outcome = Outcome.PRINTED;
        final List<byte[]> printed = new ArrayList<>();

        @Override
        public Outcome print(byte[] pdf, String jobName) throws PrinterException {
            if (failure.isPresent()) {
                throw failure.get();
            }
            if (outcome == Outcome.PRINTED) {
                printed.add(pdf);
            }
            return outcome;
        }
    }

    private final InlineRunner runner = new InlineRunner();
    private final FakePrinter printer = new FakePrinter();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    private SheetPreviewViewModel preview(Assessment assessment, Paper paper) {
        SheetRequest request = new SheetRequest(assessment, Optional.empty(), LocalDate.of(2026, 11, 24), paper,
                DistanceUnit.KM, Optional.empty());
        return new SheetPreviewViewModel(request, new SheetWriter(), new PageRenderer(40), printer, dialogs, runner);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void previewShowsEveryPageOfTheSheet() {
        SheetPreviewViewModel selfCare = preview(SheetFixtures.selfCare(), Paper.A4);
        assertEquals(1, selfCare.getPageCount());
        assertEquals(1, selfCare.pagesProperty().size());
        assertTrue(selfCare.readyProperty().get());
        assertEquals("1 page, A4", selfCare.getStatus());

        SheetPreviewViewModel longest = preview(SheetFixtures.longestRoutine(), Paper.A4);
        assertEquals(2, longest.getPageCount());
        assertEquals("2 pages, A4", longest.getStatus());
    }

    @Test
    void switchingPaperRendersThePagesAgainAtTheNewSize() {
        SheetPreviewViewModel viewModel = preview(SheetFixtures.selfCare(), Paper.A4);
        RenderedPage a4 = viewModel.pagesProperty().get(0);
        int before = runner.runs();
        viewModel.paperProperty().set(Paper.LETTER);
        RenderedPage letter = viewModel.pagesProperty().get(0);
        assertEquals(before + 1, runner.runs());
        assertTrue(letter.width() > a4.width(), "Letter is wider than A4");
        assertTrue(letter.height() < a4.height(), "Letter is shorter than A4");
        assertEquals(Paper.LETTER, viewModel.request().paper());
    }

    @Test
    void theNameGoesOntoTheSheetThatPrintsAndSaves() throws Exception {
        SheetPreviewViewModel viewModel = preview(SheetFixtures.selfCare(), Paper.A4);
        viewModel.nameProperty().set("Zoë Łukasiewicz");
        assertTrue(text(viewModel.pdf().orElseThrow()).contains("Zoë Łukasiewicz"));
        viewModel.print();
        assertArrayEquals(viewModel.pdf().orElseThrow(), printer.printed.get(0), "prints the previewed bytes");
        assertEquals("Sent to the printer.", viewModel.getStatus());
    }

    @Test
    void noPrinterBecomesAClearMessage() {
        printer.failure = Optional.of(new PrinterException("No print service found"));
        SheetPreviewViewModel viewModel = preview(SheetFixtures.selfCare(), Paper.A4);
        viewModel.print();
        List<RecordingDialogService.Shown> errors = dialogs.shown("error");
        assertEquals(1, errors.size());
        assertEquals("Could not print", errors.get(0).title());
        assertTrue(errors.get(0).message().startsWith("No printer was found."), errors.get(0).message());
        assertFalse(viewModel.busyProperty().get(), "the window is usable again");
    }

    @Test
    void cancellingThePrintDialogSaysSoWithoutAnError() {
        printer.outcome = SheetPrinter.Outcome.CANCELLED;
        SheetPreviewViewModel viewModel = preview(SheetFixtures.selfCare(), Paper.A4);
        viewModel.print();
        assertEquals("Printing cancelled.", viewModel.getStatus());
        assertTrue(dialogs.shown("error").isEmpty());
    }

    @Test
    void saveWritesThePreviewedPdf(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("sheet.pdf");
        dialogs.answerSaveFile(Optional.of(target));
        SheetPreviewViewModel viewModel = preview(SheetFixtures.urgentClot(), Paper.A4);
        viewModel.saveAsPdf();
        assertArrayEquals(viewModel.pdf().orElseThrow(), Files.readAllBytes(target));
        assertEquals("Saved to " + target + ".", viewModel.getStatus());
        assertEquals("calfcheck-routine-2026-11-24.pdf", dialogs.shown("save").get(0).message());
    }

    @Test
    void aFolderThatCannotBeWrittenBecomesAClearMessage(@TempDir Path dir) {
        Path target = dir.resolve("missing-folder").resolve("sheet.pdf");
        dialogs.answerSaveFile(Optional.of(target));
        SheetPreviewViewModel viewModel = preview(SheetFixtures.selfCare(), Paper.A4);
        viewModel.saveAsPdf();
        List<RecordingDialogService.Shown> errors = dialogs.shown("error");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("missing-folder"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("Choose another folder."));
        assertFalse(Files.exists(target));
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void cancellingTheSaveDialogWritesNothing(@TempDir Path dir) throws Exception {
        SheetPreviewViewModel viewModel = preview(SheetFixtures.selfCare(), Paper.A4);
        viewModel.saveAsPdf();
        assertEquals("Not saved.", viewModel.getStatus());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void suggestedFileNameCarriesTheName() {
        SheetPreviewViewModel viewModel = preview(SheetFixtures.selfCare(), Paper.A4);
        viewModel.nameProperty().set("Zoë Ł. Runner");
        assertEquals("calfcheck-routine-zoë-ł-runner-2026-11-24.pdf", viewModel.suggestedFileName());
    }
}
