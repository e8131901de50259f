package org.calfcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.LoggerFactory;

/**
 * The bundled fonts, embedded as subsets so the PDF looks the same everywhere: DejaVu Sans (regular and bold) for
 * everything it has, which is every Latin, Greek and Cyrillic name and all our content; WenQuanYi Micro Hei for
 * the Chinese, Japanese and Korean characters it lacks. The second font is 3.5 MB unpacked, so it is read only for
 * a sheet that needs it. A character neither font has prints as "?". One instance per document, closed after the
 * document is saved (the subset of the second font is cut from its file when saving).
 */
final class SheetFonts implements TextMeasure, AutoCloseable {

    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    /** A subset of WenQuanYi Micro Hei, gzipped so the repository and jar carry 1.7 MB, not 5 (LICENSE-WenQuanYi). */
    private static final String WIDE = "/fonts/wqy-microhei-cjk.ttf.gz";

    /** A stretch of text that one font draws. */
    record Segment(PDFont font, String text) {
    }

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    /** The fallback's file, kept open until the document is saved; empty until a character needs it. */
    private Optional<TrueTypeFont> wideFile = Optional.empty();
    private Optional<PDFont> wide = Optional.empty();
    private boolean wideTried;
    private final Map<Integer, Boolean> inMain = new HashMap<>();
    private final Map<Integer, Boolean> inWide = new HashMap<>();

    SheetFonts(PDDocument document) throws IOException {
        this.document = document;
        this.regular = load(document, REGULAR);
        this.bold = load(document, BOLD);
    }

    /** The main font, DejaVu Sans. */
    private PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The text (already {@link #printable}) cut into stretches by the font that draws them, in order. */
    List<Segment> segments(String text, boolean isBold) {
        List<Segment> out = new ArrayList<>(1);
        StringBuilder stretch = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDFont font = inMain(cp) ? font(isBold) : wide.orElse(font(isBold));
            if (font != current && stretch.length() > 0) {
                out.add(new Segment(current, stretch.toString()));
                stretch.setLength(0);
            }
            current = font;
            stretch.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (stretch.length() > 0) {
            out.add(new Segment(current, stretch.toString()));
        }
        return out;
    }

    @Override
    public float width(String text, boolean isBold, float size) {
        float units = 0;
        try {
            for (Segment segment : segments(text, isBold)) {
                units += segment.font().getStringWidth(segment.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text with the bundled fonts", e);
        }
        return units / 1000f * size;
    }

    @Override
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || !(inMain(cp) || inWide(cp))) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        if (wideFile.isPresent()) {
            wideFile.get().close();
        }
    }

    private boolean inMain(int codePoint) {
        return inMain.computeIfAbsent(codePoint, cp -> canDraw(regular, cp) && canDraw(bold, cp));
    }

    private boolean inWide(int codePoint) {
        return inWide.computeIfAbsent(codePoint, cp -> wideFont().map(f -> canDraw(f, cp)).orElse(false));
    }

    /** The fallback font, read on first use; empty (and said so once in the log) if it cannot be read. */
    private Optional<PDFont> wideFont() {
        if (!wideTried) {
            wideTried = true;
            try {
                wide = Optional.of(loadWide());
            } catch (IOException e) {
                // the sheet still prints, with "?" for these characters
                LoggerFactory.getLogger(SheetFonts.class)
                        .warn("Cannot read the fallback font for Chinese, Japanese and Korean: {}", e.toString());
            }
        }
        return wide;
    }

    private PDFont loadWide() throws IOException {
        TrueTypeFont font;
        try (InputStream in = SheetFonts.class.getResourceAsStream(WIDE)) {
            if (in == null) {
                throw new IOException("bundled font missing from the jar: " + WIDE);
            }
            font = new TTFParser().parse(new RandomAccessReadBuffer(new GZIPInputStream(in)));
        }
        wideFile = Optional.of(font);
        return PDType0Font.load(document, font, true);
    }

    private static boolean canDraw(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
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
