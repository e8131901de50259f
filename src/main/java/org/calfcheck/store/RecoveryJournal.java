package org.calfcheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.engine.recovery.Clearance;
import org.calfcheck.engine.recovery.RecoveryPlan;

/**
 * A client's recovery journal in the client store's database: the plan, the clearances and one check-in a day.
 * Every write is one transaction on the store's connection, so a crash leaves the journal as it was before the
 * write or after it; nothing is overwritten unless asked.
 */
public final class RecoveryJournal {

    private final ClientStore store;
    private final Clock clock;
    private final RecoveryJson json;

    public RecoveryJournal(ClientStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.json = new RecoveryJson(store.json());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Starts a client's plan today from a saved assessment. Refused for an unknown client, an assessment of another
     * client, an urgent or emergency result without a clearance, or when a plan exists and {@code replace} is false.
     */
    public StoredPlan start(long clientId, SavedAssessment from, boolean replace) throws StoreException {
        synchronized (store) {
            store.client(clientId);
            if (from.clientId() != clientId) {
                throw new StoreException(StoreException.Kind.INVALID, "Assessment " + from.id()
                        + " belongs to another client, not to client " + clientId + ".");
            }
            LocalDate today = today();
            CareLevel level = from.assessment().careLevel();
            Optional<String> notYet = RecoveryPlan.whyNotStart(level, clearances(clientId), today);
            if (notYet.isPresent()) {
                throw new StoreException(StoreException.Kind.INVALID, "Cannot start a recovery plan: " + notYet.get()
                        + ".");
            }
            if (plan(clientId).isPresent() && !replace) {
                throw new StoreException(StoreException.Kind.INVALID, "Client " + clientId + " already has a recovery"
                        + " plan; add --replace to start a new one (its check-ins are kept).");
            }
            StoredPlan plan = new StoredPlan(today, Optional.of(from.id()), level, from.answers());
            store.writing(() -> writePlan(clientId, plan));
            return plan;
        }
    }

    public Optional<StoredPlan> plan(long clientId) throws StoreException {
        synchronized (store) {
            store.client(clientId);
            return store.reading(() -> readPlan(clientId));
        }
    }

    /** Records that a professional cleared the runner; a clearance dated in the future is refused. */
    public void clear(long clientId, Clearance clearance) throws StoreException {
        synchronized (store) {
            store.client(clientId);
            if (clearance.day().isAfter(today())) {
                throw new StoreException(StoreException.Kind.INVALID, "date: " + clearance.day()
                        + " is in the future (today is " + today() + ").");
            }
            store.writing(() -> insertClearance(clientId, clearance));
        }
    }

    public List<Clearance> clearances(long clientId) throws StoreException {
        synchronized (store) {
            return store.reading(() -> readClearances(clientId));
        }
    }

    /**
     * Records a check-in. Every problem is reported at once and nothing is written: numbers out of range, a day in
     * the future, an unknown warning sign, no plan, or a second check-in for the same day when {@code replace} is
     * false.
     */
    public void record(long clientId, CheckIn checkIn, boolean replace, Set<String> knownWarningSigns)
            throws StoreException {
        synchronized (store) {
            store.client(clientId);
            List<String> problems = new ArrayList<>(checkIn.problems(today(), knownWarningSigns));
            if (plan(clientId).isEmpty()) {
                problems.add("client " + clientId + " has no recovery plan: start one with \"calfcheck plan start\"");
            }
            boolean exists = checkIns(clientId).stream().anyMatch(c -> c.day().equals(checkIn.day()));
            if (exists && !replace) {
                problems.add("date: there is already a check-in for " + checkIn.day()
                        + "; add --replace to replace it");
            }
            if (!problems.isEmpty()) {
                throw new StoreException(StoreException.Kind.INVALID, "The check-in was not recorded:\n  "
                        + String.join("\n  ", problems));
            }
            store.writing(() -> writeCheckIn(clientId, checkIn));
        }
    }

    /** A client's check-ins, oldest first. */
    public List<CheckIn> checkIns(long clientId) throws StoreException {
        synchronized (store) {
            return store.reading(() -> readCheckIns(clientId));
        }
    }

    public RecoveryRecords records(long clientId) throws StoreException {
        synchronized (store) {
            return new RecoveryRecords(plan(clientId), clearances(clientId), checkIns(clientId));
        }
    }

    /**
     * Reads a check-in file (the form {@code plan show --format json} prints under {@code checkIns}); every
     * problem with its JSON path in one message.
     */
    public CheckIn readCheckIn(java.nio.file.Path file) throws StoreException {
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = store.json().mapper().readTree(java.nio.file.Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Kind.INVALID, file + " is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ".");
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.INVALID, "Could not read " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
        List<String> problems = new ArrayList<>();
        Optional<CheckIn> checkIn = json.readCheckIn(node, "$", problems);
        if (checkIn.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, file + " is not a valid check-in:\n  "
                    + String.join("\n  ", problems));
        }
        return checkIn.get();
    }

    /** A check-in in the form {@link #readCheckIn} reads, for output. */
    public com.fasterxml.jackson.databind.JsonNode checkInTree(CheckIn checkIn) {
        return json.checkIn(checkIn);
    }

    // ---- inside a transaction (also used by the import) ----

    int writePlan(long clientId, StoredPlan plan) throws SQLException {
        try (PreparedStatement upsert = store.connection().prepareStatement("INSERT OR REPLACE INTO recovery_plan"
                + "(client_id, started_on, from_assessment, care_level, baseline_json) VALUES (?, ?, ?, ?, ?)")) {
            upsert.setLong(1, clientId);
            upsert.setString(2, plan.startedOn().toString());
            upsert.setObject(3, plan.fromAssessment().orElse(null));
            upsert.setString(4, plan.careLevel().name());
            upsert.setString(5, store.json().writeAnswers(plan.baseline()));
            return upsert.executeUpdate();
        }
    }

    int insertClearance(long clientId, Clearance clearance) throws SQLException {
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO plan_clearance(client_id, day, note) VALUES (?, ?, ?)")) {
            insert.setLong(1, clientId);
            insert.setString(2, clearance.day().toString());
            insert.setString(3, clearance.note() == null ? "" : clearance.note().strip());
            return insert.executeUpdate();
        }
    }

    int writeCheckIn(long clientId, CheckIn checkIn) throws SQLException {
        try (PreparedStatement upsert = store.connection().prepareStatement(
                "INSERT OR REPLACE INTO check_in(client_id, day, check_in_json) VALUES (?, ?, ?)")) {
            upsert.setLong(1, clientId);
            upsert.setString(2, checkIn.day().toString());
            upsert.setString(3, json.checkIn(checkIn).toString());
            return upsert.executeUpdate();
        }
    }

    private Optional<StoredPlan> readPlan(long clientId) throws SQLException, StoreException {
        try (PreparedStatement query = store.connection().prepareStatement("SELECT started_on, from_assessment,"
                + " care_level, baseline_json FROM recovery_plan WHERE client_id = ?")) {
            query.setLong(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long from = rows.getLong(2);
                Optional<Long> fromAssessment = rows.wasNull() ? Optional.empty() : Optional.of(from);
                Answers baseline = store.json().readAnswers(rows.getString(4));
                return Optional.of(new StoredPlan(LocalDate.parse(rows.getString(1)), fromAssessment,
                        CareLevel.valueOf(rows.getString(3)), baseline));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw damaged("recovery plan of client " + clientId, e);
        }
    }

    private List<Clearance> readClearances(long clientId) throws SQLException {
        try (PreparedStatement query = store.connection().prepareStatement(
                "SELECT day, note FROM plan_clearance WHERE client_id = ? ORDER BY day, id")) {
            query.setLong(1, clientId);
            List<Clearance> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Clearance(LocalDate.parse(rows.getString(1)), rows.getString(2)));
                }
            }
            return found;
        }
    }

    private List<CheckIn> readCheckIns(long clientId) throws SQLException, StoreException {
        try (PreparedStatement query = store.connection().prepareStatement(
                "SELECT check_in_json FROM check_in WHERE client_id = ? ORDER BY day")) {
            query.setLong(1, clientId);
            List<CheckIn> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<String> problems = new ArrayList<>();
                    var node = store.json().mapper().readTree(rows.getString(1));
                    json.readCheckIn(node, "check_in", problems).ifPresent(found::add);
                    if (!problems.isEmpty()) {
                        throw damaged("check-in of client " + clientId + " (" + problems.get(0) + ")", null);
                    }
                }
            }
            return found;
        } catch (JsonProcessingException e) {
            throw damaged("check-in of client " + clientId, e);
        }
    }

    private StoreException damaged(String what, Exception cause) {
        return new StoreException(StoreException.Kind.UNUSABLE_FILE, "The " + what + " in " + store.file()
                + " cannot be read; the file was left as it is.", cause);
    }
}
