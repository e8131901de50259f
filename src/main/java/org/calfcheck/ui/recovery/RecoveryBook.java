package org.calfcheck.ui.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Clearance;
import org.calfcheck.engine.recovery.PlanDay;
import org.calfcheck.engine.recovery.PlanWeek;
import org.calfcheck.engine.recovery.RecoveryPlan;
import org.calfcheck.engine.recovery.StageView;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.RecoveryJournal;
import org.calfcheck.store.RecoveryRecords;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.store.StoreException;
import org.calfcheck.store.StoredPlan;
import org.calfcheck.ui.CompletedCheck;

/**
 * The recovery screens' one door to the journal and the engine. Every method touches the disk or runs the engine:
 * call them through the window's background runner, never on the FX thread. The engine is made on first use.
 */
public final class RecoveryBook {

    private final ClientStore store;
    private final RecoveryJournal journal;
    private final Callable<Engine> engineSource;
    private Engine engine;

    public RecoveryBook(ClientStore store, Clock clock, Callable<Engine> engineSource) {
        this.store = store;
        this.journal = new RecoveryJournal(store, clock);
        this.engineSource = engineSource;
    }

    /** The runner on their own: the store's one client, "Me", made on first use (as the command line does). */
    public Client me() throws StoreException {
        return store.defaultClient();
    }

    /** Everything the screens show of one client's recovery today, computed by the engine. */
    public RecoveryState load(long clientId) throws Exception {
        Client client = store.client(clientId);
        RecoveryRecords records = journal.records(clientId);
        RecoveryPlan plan = new RecoveryPlan(engine());
        LocalDate today = journal.today();
        List<PlanDay> days = records.plan()
                .map(p -> plan.days(p.start(), records.clearances(), records.checkIns(), today)).orElse(List.of());
        Optional<PlanDay> last = days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
        Optional<StageView> stage = last.flatMap(day -> plan.stage(day.stageId()));
        List<SavedAssessment> assessments = store.assessments(clientId);
        Optional<SavedAssessment> latest = assessments.isEmpty() ? Optional.empty()
                : Optional.of(assessments.get(assessments.size() - 1));
        return new RecoveryState(client, today, records.plan().isPresent(), last, stage, days, records.checkIns(),
                records.clearances(), latest, engine().content().plan().warningSigns());
    }

    /**
     * What "Print this week…" prints: the routine sheet of the check the plan started from (its answers are kept
     * with the plan) and this week of the plan; empty without a plan. The runner on their own gets no "Me" in the
     * sheet's header, as on the command line.
     */
    public Optional<PlanSheet> planSheet(long clientId) throws Exception {
        RecoveryRecords records = journal.records(clientId);
        Optional<StoredPlan> stored = records.plan();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Answers answers = stored.get().baseline();
        Engine engine = engine();
        Optional<PlanWeek> week = new RecoveryPlan(engine).week(stored.get().start(), records.clearances(),
                records.checkIns(), journal.today());
        Client client = store.client(clientId);
        Optional<String> name = client.name().equals(ClientStore.DEFAULT_CLIENT) ? Optional.empty()
                : Optional.of(client.name());
        return Optional.of(new PlanSheet(new CompletedCheck(answers, engine.assess(answers), name), week));
    }

    /** A routine sheet to print with this week's plan on it. */
    public record PlanSheet(CompletedCheck check, Optional<PlanWeek> week) {
    }

    /** Saves a finished check to the client, so a plan can start from it and re-triage against its answers. */
    public SavedAssessment save(long clientId, Answers answers, Assessment assessment) throws StoreException {
        return store.save(clientId, answers, assessment);
    }

    /** Starts (or, with {@code replace}, restarts) the plan; the journal refuses what the plan's rule refuses. */
    public void start(long clientId, SavedAssessment from, boolean replace) throws StoreException {
        journal.start(clientId, from, replace);
    }

    public void clear(long clientId, Clearance clearance) throws StoreException {
        journal.clear(clientId, clearance);
    }

    public List<Clearance> clearances(long clientId) throws StoreException {
        return journal.clearances(clientId);
    }

    public void record(long clientId, CheckIn checkIn, boolean replace) throws Exception {
        journal.record(clientId, checkIn, replace, knownWarningSigns());
    }

    public LocalDate today() {
        return journal.today();
    }

    Set<String> knownWarningSigns() throws Exception {
        return engine().content().plan().warningSigns().stream().map(w -> w.id()).collect(Collectors.toSet());
    }

    private synchronized Engine engine() throws Exception {
        if (engine == null) {
            engine = engineSource.call();
        }
        return engine;
    }
}
