package org.calfcheck.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.figure.FigureCatalog;
import org.calfcheck.report.figure.PdfFigurePainter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Writes sample sheets to target/sheets for looking at (pdftoppm -png -r 80 target/sheets/x.pdf /tmp/x). */
@Tag("screenshots")
class SheetLookTest {

    @Test
    void writesSampleSheetsToLookAt() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/sheets"));
        SheetWriter writer = new SheetWriter();
        LocalDate date = LocalDate.of(2026, 11, 24);
        Files.write(dir.resolve("self-care.pdf"), writer.write(new SheetRequest(SheetFixtures.selfCare(),
                Optional.of("Zoë Łukasiewicz"), date, Paper.A4, DistanceUnit.KM, Optional.of(520.0))));
        Files.write(dir.resolve("urgent.pdf"), writer.write(new SheetRequest(SheetFixtures.urgentClot(),
                Optional.empty(), date, Paper.LETTER, DistanceUnit.MI, Optional.empty())));
        Files.write(dir.resolve("longest.pdf"), writer.write(new SheetRequest(SheetFixtures.longestRoutine(),
                Optional.of("Ψ"), date, Paper.LETTER, DistanceUnit.KM, Optional.empty())));
        Files.write(dir.resolve("emergency.pdf"), writer.write(new SheetRequest(SheetFixtures.emergency(),
                Optional.empty(), date, Paper.A4, DistanceUnit.KM, Optional.empty())));
    }

    @Test
    void writesEveryFigureLargeToLookAt() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/sheets"));
        FigureCatalog catalog = new FigureCatalog();
        List<String> ids = new ArrayList<>(catalog.ids().stream().sorted().toList());
        ids.add("unknown_exercise");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < ids.size(); i++) {
                    float x = 30 + (i % 4) * 140;
                    float y = 700 - (i / 4) * 170;
                    out.addRect(x, y, 130, 130);
                    out.setLineWidth(0.3f);
                    out.stroke();
                    new PdfFigurePainter().paint(out, catalog.forExercise(ids.get(i)), x, y, 130);
                }
            }
            doc.save(dir.resolve("figures.pdf").toFile());
        }
    }
}
