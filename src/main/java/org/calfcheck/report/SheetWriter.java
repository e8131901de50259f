package org.calfcheck.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.calfcheck.report.figure.FigureCatalog;
import org.calfcheck.report.figure.PdfFigurePainter;

/**
 * Writes the routine sheet as a PDF: the one source of truth that the preview shows, the printer prints and
 * "Save as PDF" saves. Deterministic: the same request gives the same bytes.
 */
public final class SheetWriter {

    private final FigureCatalog figures;
    private final PdfFigurePainter figurePainter = new PdfFigurePainter();

    public SheetWriter() {
        this(new FigureCatalog());
    }

    public SheetWriter(FigureCatalog figures) {
        this.figures = figures;
    }

    public byte[] write(SheetRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(request, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the routine sheet", e);
        }
        return out.toByteArray();
    }

    public void write(SheetRequest request, OutputStream out) throws IOException {
        write(request, Optional.empty(), out);
    }

    /** The sheet in one given style, to compare styles when tuning the layout. */
    byte[] write(SheetRequest request, SheetStyle style) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(request, Optional.of(style), out);
        return out.toByteArray();
    }

    private void write(SheetRequest request, Optional<SheetStyle> style, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); SheetFonts fonts = new SheetFonts(document)) {
            SheetLayout layout = new SheetLayout(fonts, figures);
            LaidOutSheet sheet = style.map(s -> layout.layout(request, s)).orElseGet(() -> layout.layout(request));
            PDRectangle media = new PDRectangle(sheet.paper().width(), sheet.paper().height());
            for (List<Op> ops : sheet.pages()) {
                PDPage page = new PDPage(media);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    paint(content, ops, fonts, media.getHeight());
                }
            }
            describe(document.getDocumentInformation(), request);
            fixDocumentId(document, request);
            document.save(out);
        }
    }

    private void paint(PDPageContentStream out, List<Op> ops, SheetFonts fonts, float pageHeight)
            throws IOException {
        for (Op op : ops) {
            if (op instanceof Op.Box box) {
                box(out, box, pageHeight);
            } else if (op instanceof Op.Line line) {
                colour(out, line.ink(), false);
                out.setLineWidth(line.width());
                out.moveTo(line.x1(), pageHeight - line.y1());
                out.lineTo(line.x2(), pageHeight - line.y2());
                out.stroke();
            } else if (op instanceof Op.Drawing drawing) {
                figurePainter.paint(out, drawing.figure(), drawing.x(), pageHeight - drawing.y() - drawing.size(),
                        drawing.size());
            } else if (op instanceof Op.Text text) {
                text(out, text, fonts, pageHeight);
            }
        }
    }

    private static void text(PDPageContentStream out, Op.Text text, SheetFonts fonts, float pageHeight)
            throws IOException {
        colour(out, text.ink(), true);
        out.beginText();
        out.newLineAtOffset(text.x(), pageHeight - text.baseline());
        for (Run run : text.runs()) {
            for (SheetFonts.Segment segment : fonts.segments(fonts.printable(run.text()), run.bold())) {
                out.setFont(segment.font(), text.size());
                out.showText(segment.text());
            }
        }
        out.endText();
    }

    private static void box(PDPageContentStream out, Op.Box box, float pageHeight) throws IOException {
        float y = pageHeight - box.y() - box.height();
        if (box.fill().isPresent()) {
            colour(out, box.fill().get(), true);
            out.addRect(box.x(), y, box.width(), box.height());
            out.fill();
        }
        Optional<Ink> border = box.border();
        if (border.isPresent()) {
            colour(out, border.get(), false);
            out.setLineWidth(box.borderWidth());
            out.addRect(box.x(), y, box.width(), box.height());
            out.stroke();
        }
    }

    private static void colour(PDPageContentStream out, Ink ink, boolean fill) throws IOException {
        if (fill) {
            out.setNonStrokingColor(ink.red, ink.green, ink.blue);
        } else {
            out.setStrokingColor(ink.red, ink.green, ink.blue);
        }
    }

    /** PDFBox would derive the file ID from the clock; an ID from the request keeps the bytes reproducible. */
    private static void fixDocumentId(PDDocument document, SheetRequest request) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(request.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        COSString id = new COSString(Arrays.copyOf(digest, 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static void describe(PDDocumentInformation info, SheetRequest request) {
        info.setTitle(SheetText.TITLE + request.name().map(n -> " for " + n).orElse(""));
        info.setCreator("CalfCheck");
        info.setSubject("Personal routine for sore calves; content " + request.assessment().contentVersion());
    }
}
