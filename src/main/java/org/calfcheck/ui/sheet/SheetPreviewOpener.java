package org.calfcheck.ui.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;

/**
 * Opens the sheet preview in its own window. Plugs into the results page:
 * {@code actions.withRoutineSheet(new SheetPreviewOpener(...))}. The date comes from the clock here, at the edge,
 * so the sheet layout itself stays deterministic.
 */
public final class SheetPreviewOpener implements Consumer<Assessment> {

    /** Pages are rendered at this resolution and shown a little smaller, so text stays crisp. */
    private static final float PREVIEW_DPI = 110;

    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final Locale locale;
    private final Optional<String> stylesheet;

    public SheetPreviewOpener(Supplier<Window> owner, DialogService dialogs, BackgroundRunner runner, Clock clock,
                              Locale locale, Optional<String> stylesheet) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.runner = runner;
        this.clock = clock;
        this.locale = locale;
        this.stylesheet = stylesheet;
    }

    /** From the results page's "Routine sheet…" button: no shoe distance, kilometres unless the locale is US/UK. */
    @Override
    public void accept(Assessment assessment) {
        DistanceUnit units = Locale.US.getCountry().equals(locale.getCountry())
                || Locale.UK.getCountry().equals(locale.getCountry()) ? DistanceUnit.MI : DistanceUnit.KM;
        open(new SheetRequest(assessment, Optional.empty(), LocalDate.now(clock), Paper.forLocale(locale), units,
                Optional.empty()));
    }

    /** With the answers too: the sheet then quotes the runner's shoe distance in their own unit. */
    public void open(Assessment assessment, Answers answers) {
        open(SheetRequest.of(assessment, answers, LocalDate.now(clock), Paper.forLocale(locale)));
    }

    public void open(SheetRequest request) {
        SheetPreviewViewModel viewModel = new SheetPreviewViewModel(request, new SheetWriter(),
                new PageRenderer(PREVIEW_DPI), new AwtSheetPrinter(), dialogs, runner);
        Stage stage = new Stage();
        Window parent = owner.get();
        if (Objects.nonNull(parent)) {
            stage.initOwner(parent);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle("Routine sheet");
        Scene scene = new Scene(new SheetPreviewView(viewModel), 760, 860);
        stylesheet.ifPresent(scene.getStylesheets()::add);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }
}
