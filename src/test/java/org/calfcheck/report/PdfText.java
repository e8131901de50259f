package org.calfcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of the PDF gets: its text (in drawing order, whitespace collapsed), pages, fonts and paper. */
record PdfText(String text, int pages, List<PDFont> fonts, PDRectangle mediaBox) {

    static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            return new PdfText(text, document.getNumberOfPages(), fonts, document.getPage(0).getMediaBox());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String fragment) {
        return text.contains(fragment.replaceAll("\\s+", " "));
    }

    int indexOf(String fragment) {
        return text.indexOf(fragment.replaceAll("\\s+", " "));
    }
}
