package org.calfcheck.ui.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.store.StoreException;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;

/**
 * The daily check-in being filled in. Saving shows every problem at once next to its field (the engine's
 * {@link CheckIn#problems}, plus counts that are not numbers), asks before replacing a day's check-in, and
 * records it through the background runner; the page then shows the engine's new decision.
 */
public final class CheckInForm {

    /** The fields problems are shown next to, as {@link CheckIn#problems} names them. */
    public static final List<String> FIELDS = List.of("date", "minutes", "pain-during", "pain-after", "pain-morning",
            "stiffness-morning", "heel-raises-sore", "heel-raises-other", "warning");

    /** Whether ten hops on the sore leg were pain-free. */
    public enum Hops {
        NOT_TRIED("Not tried"), PAIN_FREE("Pain-free"), PAINFUL("Painful");

        private final String words;

        Hops(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private final RecoveryBook book;
    private final BackgroundRunner background;
    private final DialogService dialogs;
    private final ReadOnlyObjectProperty<RecoveryState> state;
    private final Runnable onSaved;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Activity> activity = new SimpleObjectProperty<>(Activity.WALK);
    private final IntegerProperty minutes = new SimpleIntegerProperty(0);
    private final IntegerProperty painDuring = new SimpleIntegerProperty(0);
    private final IntegerProperty painAfter = new SimpleIntegerProperty(0);
    private final IntegerProperty painMorning = new SimpleIntegerProperty(0);
    private final IntegerProperty stiffness = new SimpleIntegerProperty(0);
    private final StringProperty heelSore = new SimpleStringProperty("");
    private final StringProperty heelOther = new SimpleStringProperty("");
    private final ObjectProperty<Hops> hops = new SimpleObjectProperty<>(Hops.NOT_TRIED);
    private final ObservableSet<String> warningSigns = FXCollections.observableSet();
    private final Map<String, ReadOnlyStringWrapper> problems = new HashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    CheckInForm(RecoveryBook book, BackgroundRunner background, DialogService dialogs,
                ReadOnlyObjectProperty<RecoveryState> state, Runnable onSaved) {
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.state = state;
        this.onSaved = onSaved;
        FIELDS.forEach(field -> problems.put(field, new ReadOnlyStringWrapper("")));
        state.addListener((obs, old, now) -> {
            if (now != null && date.get() == null) {
                date.set(now.date());
            }
        });
    }

    /** Checks the form and records it; false when it was not sent (problems shown, or replacing declined). */
    public boolean save() {
        RecoveryState shown = state.get();
        if (shown == null) {
            return false;
        }
        List<String> found = new ArrayList<>();
        Optional<Integer> sore = count("heel-raises-sore", heelSore.get(), found);
        Optional<Integer> other = count("heel-raises-other", heelOther.get(), found);
        if (date.get() == null) {
            found.add("date: choose the day of the check-in");
        }
        LocalDate day = date.get() == null ? shown.date() : date.get();
        Activity did = activity.get();
        CheckIn checkIn = new CheckIn(day, did, did == Activity.REST ? 0 : minutes.get(), painDuring.get(),
                painAfter.get(), painMorning.get(), stiffness.get(), sore, other, switch (hops.get()) {
                    case NOT_TRIED -> Optional.empty();
                    case PAIN_FREE -> Optional.of(true);
                    case PAINFUL -> Optional.of(false);
                }, Set.copyOf(warningSigns));
        Set<String> known = shown.warningSigns().stream().map(w -> w.id()).collect(Collectors.toSet());
        found.addAll(checkIn.problems(shown.date(), known));
        showProblems(found);
        if (!found.isEmpty()) {
            return false;
        }
        boolean exists = shown.checkIns().stream().anyMatch(c -> c.day().equals(day));
        if (exists && !dialogs.confirm("Replace the check-in of " + day + "?", "There is already a check-in for "
                + day + ". Replace it with this one? The earlier one is not kept.", "Replace it")) {
            return false;
        }
        long client = shown.client().id();
        background.run(() -> {
            book.record(client, checkIn, exists);
            return checkIn;
        }, saved -> {
            clear();
            onSaved.run();
        }, e -> dialogs.showError("The check-in was not recorded", e instanceof StoreException ? e.getMessage()
                : "Something went wrong: " + e.getMessage(), List.of()));
        return true;
    }

    /** Back to an empty form for today. */
    public void clear() {
        date.set(state.get() == null ? null : state.get().date());
        activity.set(Activity.WALK);
        minutes.set(0);
        painDuring.set(0);
        painAfter.set(0);
        painMorning.set(0);
        stiffness.set(0);
        heelSore.set("");
        heelOther.set("");
        hops.set(Hops.NOT_TRIED);
        warningSigns.clear();
        showProblems(List.of());
    }

    private static Optional<Integer> count(String field, String text, List<String> found) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(clean));
        } catch (NumberFormatException e) {
            found.add(field + ": \"" + clean + "\" is not a whole number (leave it empty if you did not test)");
            return Optional.empty();
        }
    }

    /** Each problem next to its field ("field: message"); all of them in the summary as well. */
    private void showProblems(List<String> found) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String problem : found) {
            int colon = problem.indexOf(':');
            String field = colon > 0 ? problem.substring(0, colon) : "";
            String message = colon > 0 ? problem.substring(colon + 1).strip() : problem;
            byField.computeIfAbsent(problems.containsKey(field) ? field : "date", f -> new ArrayList<>()).add(message);
        }
        problems.forEach((field, text) -> text.set(String.join("; ", byField.getOrDefault(field, List.of()))));
        summary.set(found.isEmpty() ? "" : found.size() == 1 ? "1 problem: see the field marked below."
                : found.size() + " problems: see the fields marked below.");
    }

    /** The problem shown next to a field of {@link #FIELDS}; empty when it is fine. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Activity> activityProperty() {
        return activity;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public IntegerProperty painDuringProperty() {
        return painDuring;
    }

    public IntegerProperty painAfterProperty() {
        return painAfter;
    }

    public IntegerProperty painMorningProperty() {
        return painMorning;
    }

    public IntegerProperty stiffnessProperty() {
        return stiffness;
    }

    public StringProperty heelSoreProperty() {
        return heelSore;
    }

    public StringProperty heelOtherProperty() {
        return heelOther;
    }

    public ObjectProperty<Hops> hopsProperty() {
        return hops;
    }

    public ObservableSet<String> warningSigns() {
        return warningSigns;
    }
}
