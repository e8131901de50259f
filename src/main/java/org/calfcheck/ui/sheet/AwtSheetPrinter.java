package org.calfcheck.ui.sheet;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Prints through {@code java.awt.print}: the system print dialog, then the PDF page by page at its own size. */
public final class AwtSheetPrinter implements SheetPrinter {

    @Override
    public Outcome print(byte[] pdf, String jobName) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        if (job.getPrintService() == null) {
            throw new PrinterException("No print service found");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new PrinterException("No screen to show the print dialog on");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return Outcome.CANCELLED;
            }
            job.print();
            return Outcome.PRINTED;
        } catch (IOException e) {
            throw new PrinterException("The sheet could not be prepared for printing: " + e.getMessage());
        }
    }
}
