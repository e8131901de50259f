package org.calfcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu Sans (regular and bold), embedded as subsets so any name or language prints and the PDF
 * looks the same everywhere. One instance per document.
 */
final class SheetFonts implements TextMeasure {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    SheetFonts(PDDocument document) throws IOException {
        this.regular = load(document, REGULAR);
        this.bold = load(document, BOLD);
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    @Override
    public float width(String text, boolean isBold, float size) {
        try {
            return font(isBold).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text with the bundled font", e);
        }
    }

    @Override
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            regular.encode(s);
            bold.encode(s);
            return !Character.isISOControl(codePoint);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = SheetFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled font missing from the jar: " + resource);
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
