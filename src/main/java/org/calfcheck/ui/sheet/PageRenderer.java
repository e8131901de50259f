package org.calfcheck.ui.sheet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the sheet's PDF bytes to page images: the preview shows exactly what prints and saves. */
public final class PageRenderer {

    private final float dpi;

    public PageRenderer(float dpi) {
        this.dpi = dpi;
    }

    public List<RenderedPage> render(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<RenderedPage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int w = image.getWidth();
                int h = image.getHeight();
                pages.add(new RenderedPage(w, h, image.getRGB(0, 0, w, h, null, 0, w)));
            }
            return pages;
        }
    }
}
