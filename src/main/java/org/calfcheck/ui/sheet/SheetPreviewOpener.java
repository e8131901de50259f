package org.calfcheck.ui.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.CalfCheckApp;
import org.calfcheck.ui.CompletedCheck;
import org.calfcheck.ui.DialogService;

/**
 * Opens the sheet preview in its own window. Plugs into the results page:
 * {@code actions.withRoutineSheet(new SheetPreviewOpener(...))}. The date comes from the clock here, at the edge,
 * so the sheet layout itself stays deterministic.
 */
public final class SheetPreviewOpener implements Consumer<CompletedCheck> {

    /** Pages are rendered at this resolution and shown a little smaller, so text stays crisp. */
    private static final float PREVIEW_DPI = 110;

    private final Supplier<Window> owner;
    private final Function<Supplier<Window>, DialogService> dialogsFor;
    private final BackgroundRunner runner;
    /** Asked at each sheet: the system clock's zone is looked up then, not while the window opens (see forDesktop). */
    private final Supplier<Clock> clock;
    private final Locale locale;
    private final Optional<String> stylesheet;

    /** @param dialogsFor makes the dialog service of one preview window, its dialogs owned by that window */
    public SheetPreviewOpener(Supplier<Window> owner, Function<Supplier<Window>, DialogService> dialogsFor,
                              BackgroundRunner runner, Supplier<Clock> clock, Locale locale,
                              Optional<String> stylesheet) {
        this.owner = owner;
        this.dialogsFor = dialogsFor;
        this.runner = runner;
        this.clock = clock;
        this.locale = locale;
        this.stylesheet = stylesheet;
    }

    /**
     * The opener the desktop app uses: over the focused CalfCheck window, on the app's one background runner,
     * with today's date and the system locale's paper. Each preview window gets its own dialog service. The clock
     * is made when a sheet is: the first look-up of the time zone scans every jar for zone-rule providers, which
     * cost the first frame some 30 ms (docs/benchmarks.md, "Installed app").
     */
    public static SheetPreviewOpener forDesktop(BackgroundRunner runner,
                                                Function<Supplier<Window>, DialogService> dialogsFor) {
        Supplier<Window> focused = () -> Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
        return new SheetPreviewOpener(focused, dialogsFor, runner, Clock::systemDefaultZone, Locale.getDefault(),
                Optional.of(CalfCheckApp.STYLESHEET));
    }

    /** From "Routine sheet…" (results page, or a coach's reprint): in the runner's own units, with their shoes. */
    @Override
    public void accept(CompletedCheck check) {
        open(requestFor(check));
    }

    /**
     * Today's sheet for a check: the runner's own units and shoe distance (from the answers), the locale's paper.
     * A page that knows the client's recovery plan adds its week ({@code withPlanWeek}) and passes the request to
     * {@link #open}; the preview then offers "Include this week's recovery plan".
     */
    public SheetRequest requestFor(CompletedCheck check) {
        return SheetRequest.of(check.assessment(), check.answers(), LocalDate.now(clock.get()), Paper.forLocale(locale))
                .withName(check.name());
    }

    public void open(SheetRequest request) {
        Stage stage = new Stage();
        SheetPreviewViewModel viewModel = new SheetPreviewViewModel(request, new SheetWriter(),
                new PageRenderer(PREVIEW_DPI), new AwtSheetPrinter(), dialogsFor.apply(() -> stage), runner);
        Window parent = owner.get();
        if (Objects.nonNull(parent)) {
            stage.initOwner(parent);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle("Routine sheet");
        Scene scene = new Scene(new SheetPreviewView(viewModel, stage::close), 760, 860);
        stylesheet.ifPresent(scene.getStylesheets()::add);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }
}
