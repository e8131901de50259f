package org.calfcheck.ui.sheet;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.time.LocalDate;
import java.util.Optional;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetFixtures;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AwtSheetPrinterTest {

    @Test
    void withoutAPrinterOrAScreenPrintingFailsWithAPrinterExceptionNotAHeadlessCrash() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "tests run headless (java.awt.headless=true)");
        byte[] pdf = new SheetWriter().write(new SheetRequest(SheetFixtures.selfCare(), Optional.empty(),
                LocalDate.of(2026, 11, 24), Paper.A4, DistanceUnit.KM, Optional.empty()));
        PrinterException failure = assertThrows(PrinterException.class,
                () -> new AwtSheetPrinter().print(pdf, "CalfCheck routine"));
        assertTrue(failure.getMessage().startsWith("No print service found")
                || failure.getMessage().startsWith("No screen"), failure.getMessage());
    }
}
