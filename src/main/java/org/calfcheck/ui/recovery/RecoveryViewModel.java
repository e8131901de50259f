package org.calfcheck.ui.recovery;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.RaisedFlag;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Clearance;
import org.calfcheck.engine.recovery.Decision;
import org.calfcheck.engine.recovery.PlanDay;
import org.calfcheck.engine.recovery.RecoveryPlan;
import org.calfcheck.engine.recovery.StageView;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.store.StoreException;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.CareLevelWords;
import org.calfcheck.ui.DialogService;
import org.slf4j.LoggerFactory;

/**
 * One client's recovery on screen: today's decision and its reason, the stage, the pause a warning sign set, the
 * log and the check-ins for the charts, all as the engine computed them; starting a plan and recording a clearance.
 * Decides nothing clinical: the start rule is {@link RecoveryPlan#whyNotStart}, every day is the engine's.
 */
public final class RecoveryViewModel {

    private final RecoveryBook book;
    private final BackgroundRunner background;
    private final DialogService dialogs;
    private final CheckInForm form;
    private final Optional<Consumer<RecoveryBook.PlanSheet>> printer;

    private long clientId = -1;
    private final ReadOnlyObjectWrapper<RecoveryState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasPlan = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageToday = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noPlan = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CareLevelWords> care = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StageView.Item> exercises = FXCollections.observableArrayList();
    private final ObservableList<RaisedFlag> flags = FXCollections.observableArrayList();
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final ObservableList<CheckIn> checkIns = FXCollections.observableArrayList();

    public RecoveryViewModel(RecoveryBook book, BackgroundRunner background, DialogService dialogs) {
        this(book, background, dialogs, Optional.empty());
    }

    /** With {@code printer}, "Print this week…" opens the routine sheet with this week's plan on it. */
    public RecoveryViewModel(RecoveryBook book, BackgroundRunner background, DialogService dialogs,
                             Optional<Consumer<RecoveryBook.PlanSheet>> printer) {
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.printer = printer;
        this.form = new CheckInForm(book, background, dialogs, state.getReadOnlyProperty(), this::reload);
    }

    /** Whether this page can print the plan's week (the app wires a sheet preview; some pages have none). */
    public boolean canPrint() {
        return printer.isPresent();
    }

    /** Opens the routine sheet of the check the plan started from, with this week's plan, in the sheet preview. */
    public void printWeek() {
        if (printer.isEmpty() || clientId < 0) {
            return;
        }
        long id = clientId;
        background.run(() -> book.planSheet(id), sheet -> sheet.ifPresentOrElse(printer.get(),
                () -> dialogs.showInfo("No recovery plan", "Start a plan first; its week is printed with the"
                        + " routine sheet.")), failed("This week's plan could not be printed"));
    }

    /** Shows the runner's own client, "Me" (made on first use). */
    public void showMe() {
        background.run(() -> book.load(book.me().id()), this::shown, failed("Your recovery could not be loaded"));
    }

    /** Shows a client's recovery (the coach's page); empty clears it. */
    public void show(Optional<Long> client) {
        if (client.isEmpty()) {
            clientId = -1;
            state.set(null);
            return;
        }
        background.run(() -> book.load(client.get()), this::shown, failed("The recovery plan could not be loaded"));
    }

    public void reload() {
        if (clientId >= 0) {
            show(Optional.of(clientId));
        }
    }

    private void shown(RecoveryState loaded) {
        clientId = loaded.client().id();
        state.set(loaded);
        hasPlan.set(loaded.hasPlan());
        Optional<PlanDay> today = loaded.today();
        paused.set(today.map(d -> d.decision() == Decision.PAUSED).orElse(false));
        decision.set(today.map(d -> LogRow.DecisionWords.of(d.decision())).orElse(""));
        reason.set(today.map(PlanDay::reason).orElse(""));
        care.set(today.filter(d -> d.decision() == Decision.PAUSED).map(d -> CareLevelWords.of(d.careLevel()))
                .orElse(null));
        flags.setAll(today.map(PlanDay::flags).orElse(List.of()));
        Optional<StageView> stage = loaded.stage();
        stageHeading.set(stage.map(s -> "Stage " + s.number() + " of " + s.of() + " — " + s.title()).orElse(""));
        stageToday.set(stage.map(StageView::today).orElse(""));
        exercises.setAll(stage.map(StageView::exercises).orElse(List.of()));
        log.setAll(LogRow.of(loaded.checkIns(), loaded.days()));
        checkIns.setAll(loaded.checkIns());
        noPlan.set(noPlanText(loaded));
    }

    private static String noPlanText(RecoveryState loaded) {
        if (loaded.hasPlan()) {
            return loaded.today().isEmpty() ? "The plan starts on a later day." : "";
        }
        return loaded.latest().isPresent()
                ? "No recovery plan yet. Start one from the latest check to get a plan for each day."
                : "No recovery plan yet. Do a check first (Check my calves), then start a plan from its result.";
    }

    /** Starts a plan from the client's newest saved check; nothing to start from says so. */
    public void startFromLatest() {
        RecoveryState shown = state.get();
        if (shown == null) {
            return;
        }
        if (shown.latest().isEmpty()) {
            dialogs.showInfo("No check to start from", "A plan starts from a check. Do a check first (Check my"
                    + " calves), then start the plan from its result.");
            return;
        }
        SavedAssessment latest = shown.latest().get();
        start(shown.client().id(), latest.assessment(), shown.clearances(), shown.hasPlan(), () -> latest,
                () -> { });
    }

    /**
     * Starts the runner's own plan from a finished check (the results page): saved to their history first, so the
     * plan can re-ask its warning signs against it.
     */
    public void startFrom(Answers answers, Assessment assessment, Runnable onStarted) {
        background.run(() -> book.load(book.me().id()), loaded -> {
            shown(loaded);
            start(loaded.client().id(), assessment, loaded.clearances(), loaded.hasPlan(),
                    () -> book.save(loaded.client().id(), answers, assessment), onStarted);
        }, failed("The recovery plan could not be started"));
    }

    /** The shared path: the rule, a clearance when the rule asks for one, a replacement only when confirmed. */
    private void start(long id, Assessment from, List<Clearance> clearances, boolean replacing,
                       StoredCheck check, Runnable onStarted) {
        Optional<String> notYet = RecoveryPlan.whyNotStart(from.careLevel(), clearances, book.today());
        Optional<Clearance> clearance = Optional.empty();
        if (notYet.isPresent()) {
            if (!dialogs.confirm("A professional must clear you first", capitalised(notYet.get()) + ".\n\nIf a doctor"
                    + " or physiotherapist has seen you and cleared you to start, record it now; the plan then"
                    + " starts today.", "Record my clearance and start")) {
                return;
            }
            clearance = Optional.of(new Clearance(book.today(), "Cleared by a doctor or physiotherapist"));
        }
        if (replacing && !dialogs.confirm("Start a new recovery plan?", "There is a plan already. A new one starts"
                + " again at the first stage today; the check-ins are kept.", "Start a new plan")) {
            return;
        }
        Optional<Clearance> cleared = clearance;
        background.run(() -> {
            if (cleared.isPresent()) {
                book.clear(id, cleared.get());
            }
            book.start(id, check.get(), replacing);
            return book.load(id);
        }, loaded -> {
            shown(loaded);
            onStarted.run();
        }, failed("The recovery plan could not be started"));
    }

    /** The saved check a plan starts from: the newest one as it is, or a finished one saved first. */
    @FunctionalInterface
    private interface StoredCheck {
        SavedAssessment get() throws StoreException;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Consumer<Exception> failed(String title) {
        return e -> {
            if (!(e instanceof StoreException)) {
                LoggerFactory.getLogger(RecoveryViewModel.class).error(title, e);
            }
            dialogs.showError(title, e instanceof StoreException ? e.getMessage()
                    : "Something went wrong: " + e.getMessage(), List.of());
        };
    }

    public CheckInForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<RecoveryState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPlanProperty() {
        return hasPlan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageHeadingProperty() {
        return stageHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageTodayProperty() {
        return stageToday.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noPlanProperty() {
        return noPlan.getReadOnlyProperty();
    }

    /** The care level's one wording while a warning sign pauses the plan; null otherwise. */
    public ReadOnlyObjectProperty<CareLevelWords> careProperty() {
        return care.getReadOnlyProperty();
    }

    public ObservableList<StageView.Item> exercises() {
        return exercises;
    }

    public ObservableList<RaisedFlag> flags() {
        return flags;
    }

    /** Newest first. */
    public ObservableList<LogRow> log() {
        return log;
    }

    /** Oldest first, for the charts. */
    public ObservableList<CheckIn> checkIns() {
        return checkIns;
    }
}
