package org.calfcheck.ui.sheet;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetFile;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routine sheet preview: paper and name choices, the rendered pages, print and save. Builds the PDF once per
 * change, off the FX thread, and prints and saves those very bytes. Never sees a control.
 */
public final class SheetPreviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SheetPreviewViewModel.class);

    /** What the preview is showing, produced together so pages and bytes always match. */
    private record Sheet(byte[] pdf, List<RenderedPage> pages) {
    }

    private final SheetRequest base;
    private final SheetWriter writer;
    private final PageRenderer renderer;
    private final SheetPrinter printer;
    private final DialogService dialogs;
    private final BackgroundRunner runner;

    private final ObjectProperty<Paper> paper;
    private final StringProperty name = new SimpleStringProperty("");
    /** Print the recovery plan's week; only offered when the request carries one. */
    private final BooleanProperty includePlanWeek = new SimpleBooleanProperty(true);
    private final ReadOnlyListWrapper<RenderedPage> pages =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private Optional<byte[]> pdf = Optional.empty();
    private long generation;

    public SheetPreviewViewModel(SheetRequest request, SheetWriter writer, PageRenderer renderer,
                                 SheetPrinter printer, DialogService dialogs, BackgroundRunner runner) {
        this.base = request;
        this.writer = writer;
        this.renderer = renderer;
        this.printer = printer;
        this.dialogs = dialogs;
        this.runner = runner;
        this.paper = new SimpleObjectProperty<>(request.paper());
        request.name().ifPresent(name::set);
        paper.addListener((obs, old, now) -> refresh());
        name.addListener((obs, old, now) -> refresh());
        includePlanWeek.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Whether the client has a recovery plan whose week the sheet can print. */
    public boolean hasPlanWeek() {
        return base.planWeek().isPresent();
    }

    /** "Include this week's recovery plan": on by default when there is a plan. */
    public BooleanProperty includePlanWeekProperty() {
        return includePlanWeek;
    }

    public ReadOnlyListProperty<RenderedPage> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public int getPageCount() {
        return pageCount.get();
    }

    /** True while the sheet is being built, printed or saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once there is a sheet to print or save. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    /** The request as the choices stand now. */
    public SheetRequest request() {
        return base.withPaper(paper.get()).withName(Optional.of(name.get()))
                .withPlanWeek(includePlanWeek.get() ? base.planWeek() : Optional.empty());
    }

    /** The PDF bytes the preview shows, once built. */
    public Optional<byte[]> pdf() {
        return pdf;
    }

    /** Rebuilds the sheet; a result that arrives after a newer change is dropped. */
    public void refresh() {
        long mine = ++generation;
        SheetRequest request = request();
        busy.set(true);
        status.set("Preparing the sheet…");
        runner.run(() -> build(request), sheet -> {
            if (mine != generation) {
                return;
            }
            pdf = Optional.of(sheet.pdf());
            pages.setAll(sheet.pages());
            pageCount.set(sheet.pages().size());
            ready.set(true);
            busy.set(false);
            status.set(sheet.pages().size() == 1 ? "1 page, " + paper.get().label()
                    : sheet.pages().size() + " pages, " + paper.get().label());
        }, failure -> {
            if (mine != generation) {
                return;
            }
            LOG.error("routine sheet could not be built", failure);
            busy.set(false);
            status.set("The sheet could not be built.");
            dialogs.showError("Routine sheet", "The sheet could not be built: " + failure.getMessage(), List.of());
        });
    }

    /** Opens the system print dialog off the FX thread; no printer or a cancel becomes a message, not a crash. */
    public void print() {
        if (pdf.isEmpty() || busy.get()) {
            return;
        }
        byte[] bytes = pdf.get();
        busy.set(true);
        status.set("Opening the print dialog…");
        runner.run(() -> {
            try {
                return printer.print(bytes, "CalfCheck routine");
            } catch (PrinterException e) {
                throw new PrintFailed(e);
            }
        }, outcome -> {
            busy.set(false);
            status.set(outcome == SheetPrinter.Outcome.PRINTED ? "Sent to the printer." : "Printing cancelled.");
        }, failure -> {
            busy.set(false);
            String message = printMessage(failure);
            status.set(message);
            dialogs.showError("Could not print", message, List.of());
        });
    }

    /** Asks where to save, then writes the previewed bytes there (atomically) off the FX thread. */
    public void saveAsPdf() {
        if (pdf.isEmpty() || busy.get()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile("Save routine sheet", suggestedFileName(), "PDF document",
                "pdf");
        if (target.isEmpty()) {
            status.set("Not saved.");
            return;
        }
        Path path = target.get();
        byte[] bytes = pdf.get();
        busy.set(true);
        status.set("Saving…");
        runner.run(() -> {
            try {
                SheetFile.save(path, bytes, true);
                return path;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, saved -> {
            busy.set(false);
            status.set("Saved to " + saved + ".");
        }, failure -> {
            busy.set(false);
            String message = saveMessage(path, failure);
            status.set(message);
            dialogs.showError("Could not save the sheet", message, List.of());
        });
    }

    /** "calfcheck-routine-2026-11-24.pdf", with the name when there is one. */
    public String suggestedFileName() {
        String who = name.get().strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return "calfcheck-routine-" + (who.isEmpty() ? "" : who + "-") + base.date() + ".pdf";
    }

    private Sheet build(SheetRequest request) {
        byte[] bytes = writer.write(request);
        try {
            return new Sheet(bytes, renderer.render(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printMessage(Throwable failure) {
        Throwable cause = failure instanceof PrintFailed ? failure.getCause() : failure;
        String detail = String.valueOf(cause.getMessage());
        if (detail.contains("No print service")) {
            return "No printer was found. Add a printer and try again, or save the sheet as a PDF and print it"
                    + " from another device.";
        }
        return "The sheet could not be printed: " + detail + ". You can save it as a PDF instead.";
    }

    private static String saveMessage(Path path, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException ? failure.getCause() : failure;
        Path folder = path.toAbsolutePath().getParent();
        if (cause instanceof AccessDeniedException) {
            return "CalfCheck may not write in " + folder + ". Choose another folder.";
        }
        if (cause instanceof NoSuchFileException) {
            return "The folder " + folder + " does not exist. Choose another folder.";
        }
        return "The sheet could not be saved to " + path + ": " + cause.getMessage() + ". Choose another folder.";
    }

    /** Carries a checked printer failure out of the background work. */
    private static final class PrintFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PrintFailed(PrinterException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
