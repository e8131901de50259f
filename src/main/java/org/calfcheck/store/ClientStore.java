package org.calfcheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;

/**
 * The one entry to the coach's records: clients and their saved assessments in an embedded SQLite file
 * ({@code <data dir>/calfcheck.db}). Every write is one transaction; methods are thread-safe (one connection,
 * serialised), and a second process may use the same file at the same time (WAL and a busy timeout).
 */
public final class ClientStore implements AutoCloseable {

    public static final String FILE_NAME = "calfcheck.db";
    public static final String DEFAULT_CLIENT = "Me";
    /** The question whose answer the pain trend shows. */
    public static final String PAIN_QUESTION = "pain_now";
    /** The longest client name, in characters. */
    public static final int MAX_NAME = 200;

    private final Path file;
    private final Clock clock;
    private final Connection connection;
    private final StoreJson json = new StoreJson();

    /** Opens (creating on first use) the database file; refuses a file that is not CalfCheck data. */
    public ClientStore(Path file, Clock clock) throws StoreException {
        this.file = file.toAbsolutePath();
        this.clock = clock;
        this.connection = DatabaseFile.open(this.file);
    }

    /** Opens {@code calfcheck.db} in the given data folder. */
    public static ClientStore inFolder(Path dataDir, Clock clock) throws StoreException {
        return new ClientStore(dataDir.resolve(FILE_NAME), clock);
    }

    public Path file() {
        return file;
    }

    // ---- clients ----

    public synchronized Client addClient(String name, String notes) throws StoreException {
        String clean = requireName(name);
        return write(() -> insertClient(clean, notes == null ? "" : notes.strip(), false, clock.instant()));
    }

    /** The runner on their own: returns the only client "Me", creating it when there are no clients at all. */
    public synchronized Client defaultClient() throws StoreException {
        return write(() -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(CLIENT_COLUMNS + " ORDER BY id LIMIT 1")) {
                if (rows.next()) {
                    return client(rows);
                }
            }
            return insertClient(DEFAULT_CLIENT, "", false, clock.instant());
        });
    }

    /** All clients by name; archived ones only when asked. */
    public List<Client> clients(boolean includeArchived) throws StoreException {
        return search("", includeArchived);
    }

    /** Clients whose name contains the text, ignoring case, by name. */
    public synchronized List<Client> search(String text, boolean includeArchived) throws StoreException {
        String sql = CLIENT_COLUMNS + " WHERE name_lower LIKE ? ESCAPE '\\'"
                + (includeArchived ? "" : " AND archived = 0") + " ORDER BY name_lower, id";
        return read(() -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, "%" + likeEscaped(lower(text.strip())) + "%");
                List<Client> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(client(rows));
                    }
                }
                return found;
            }
        });
    }

    public synchronized Client client(long id) throws StoreException {
        return read(() -> findClient(id)).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND,
                "There is no client with id " + id + ". \"calfcheck client list --all\" shows every client."));
    }

    public synchronized Client rename(long id, String name) throws StoreException {
        String clean = requireName(name);
        return updateClient(id, "UPDATE client SET name = ?, name_lower = ? WHERE id = ?", clean, lower(clean));
    }

    public synchronized Client setNotes(long id, String notes) throws StoreException {
        return updateClient(id, "UPDATE client SET notes = ? WHERE id = ?", notes == null ? "" : notes.strip());
    }

    public synchronized Client setArchived(long id, boolean archived) throws StoreException {
        return updateClient(id, "UPDATE client SET archived = ? WHERE id = ?", archived ? 1 : 0);
    }

    /** Deletes the client and every assessment of theirs; returns how many assessments went with them. */
    public synchronized int deleteClient(long id) throws StoreException {
        client(id);
        return write(() -> {
            int assessments = countAssessments(id);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM client WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return assessments;
        });
    }

    public synchronized int assessmentCount(long clientId) throws StoreException {
        return read(() -> countAssessments(clientId));
    }

    // ---- assessments ----

    /** Saves an assessment exactly as computed, stamped with the clock's now. */
    public SavedAssessment save(long clientId, Answers answers, Assessment assessment) throws StoreException {
        return save(clientId, clock.instant(), answers, assessment, "");
    }

    public synchronized SavedAssessment save(long clientId, Instant takenAt, Answers answers, Assessment assessment,
                                             String coachNotes) throws StoreException {
        client(clientId);
        return write(() -> insertAssessment(clientId, takenAt, answers, assessment, coachNotes));
    }

    public synchronized SavedAssessment assessment(long id) throws StoreException {
        return read(() -> {
            try (PreparedStatement query = connection.prepareStatement(ASSESSMENT_COLUMNS + " WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(saved(rows)) : Optional.<SavedAssessment>empty();
                } catch (UnreadableRow e) {
                    throw new StoreException(StoreException.Kind.FAILURE, "Saved assessment " + id + " in " + file
                            + " cannot be read: " + e.damaged.problem(), e);
                }
            }
        }).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND,
                "There is no saved assessment with id " + id + "."));
    }

    /** A client's readable assessments, oldest first; {@link #records} also names the damaged ones. */
    public synchronized List<SavedAssessment> assessments(long clientId) throws StoreException {
        return records(clientId).readable();
    }

    /** A client's assessments: every readable one, oldest first, and apart from them those that cannot be read. */
    public synchronized ClientRecords records(long clientId) throws StoreException {
        client(clientId);
        return read(() -> recordsOf(clientId));
    }

    /** A client's history, oldest first: what each saved assessment said, as it said it then; damaged ones marked. */
    public List<HistoryRow> history(long clientId) throws StoreException {
        return records(clientId).history();
    }

    public synchronized SavedAssessment setCoachNotes(long assessmentId, String notes) throws StoreException {
        assessment(assessmentId);
        write(() -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE assessment SET coach_notes = ? WHERE id = ?")) {
                update.setString(1, notes == null ? "" : notes.strip());
                update.setLong(2, assessmentId);
                return update.executeUpdate();
            }
        });
        return assessment(assessmentId);
    }

    /** Deletes one saved assessment; the client and their other assessments stay. */
    public synchronized void deleteAssessment(long id) throws StoreException {
        assessment(id);
        write(() -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM assessment WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * A number that changes whenever another connection (a second window, a {@code calfcheck client} command)
     * commits to the file; this store's own writes leave it alone. Cheap enough to read on every window focus.
     */
    public synchronized long dataVersion() throws StoreException {
        return read(() -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA data_version")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    // ---- export and import ----

    /**
     * Writes one client, all their readable assessments and their recovery journal as a portable JSON file.
     *
     * @return the assessments that could not be read and so are not in the file
     */
    public List<DamagedAssessment> exportClient(long clientId, Path out, boolean force) throws StoreException {
        ClientRecords records = records(clientId);
        new ClientTransfer(json).export(client(clientId), records.readable(),
                new RecoveryJournal(this, clock).records(clientId), out, force);
        return records.damaged();
    }

    /** Reads a client file, checks all of it, then writes it in one transaction (or nothing). */
    public ImportResult importClient(Path in, ClashPolicy onClash) throws StoreException {
        return importClient(in, onClash, answers -> List.of());
    }

    /**
     * As {@link #importClient(Path, ClashPolicy)}, also checking each assessment's answers against the questionnaire.
     *
     * @param answerCheck the problems with one set of answers (an answer out of range, an unknown choice)
     */
    public synchronized ImportResult importClient(Path in, ClashPolicy onClash,
                                                  Function<Answers, List<String>> answerCheck) throws StoreException {
        ClientTransfer.ClientFile parsed = new ClientTransfer(json).read(in, answerCheck);
        return write(() -> new ImportWriter(this).write(parsed, onClash));
    }

    @Override
    public synchronized void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw DatabaseFile.translate(e, file);
        }
    }

    // ---- internals shared with ImportWriter (called inside a write transaction) ----

    Client insertClient(String name, String notes, boolean archived, Instant created) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO client(name, name_lower, notes, archived, created) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, lower(name));
            insert.setString(3, notes);
            insert.setInt(4, archived ? 1 : 0);
            insert.setString(5, created.toString());
            insert.executeUpdate();
            return new Client(generatedKey(insert), name, notes, archived, created);
        }
    }

    SavedAssessment insertAssessment(long clientId, Instant takenAt, Answers answers, Assessment assessment,
                                     String coachNotes) throws SQLException {
        String notes = coachNotes == null ? "" : coachNotes.strip();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO assessment(client_id, taken_at,"
                + " content_version, answers_json, assessment_json, coach_notes) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, clientId);
            insert.setString(2, takenAt.toString());
            insert.setString(3, assessment.contentVersion());
            insert.setString(4, json.writeAnswers(answers));
            insert.setString(5, json.writeAssessment(assessment));
            insert.setString(6, notes);
            insert.executeUpdate();
            return new SavedAssessment(generatedKey(insert), clientId, takenAt, answers,
                    assessment.contentVersion(), assessment, notes);
        }
    }

    List<Client> clientsNamed(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CLIENT_COLUMNS + " WHERE name_lower = ?")) {
            query.setString(1, lower(name));
            List<Client> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(client(rows));
                }
            }
            return found;
        }
    }

    List<SavedAssessment> assessmentsOf(long clientId) throws SQLException {
        return recordsOf(clientId).readable();
    }

    private ClientRecords recordsOf(long clientId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                ASSESSMENT_COLUMNS + " WHERE client_id = ? ORDER BY taken_at, id")) {
            query.setLong(1, clientId);
            List<SavedAssessment> found = new ArrayList<>();
            List<DamagedAssessment> damaged = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    try {
                        found.add(saved(rows));
                    } catch (UnreadableRow e) {
                        damaged.add(e.damaged);
                    }
                }
            }
            return new ClientRecords(found, damaged);
        }
    }

    StoreJson json() {
        return json;
    }

    /** The recovery journal's way in: its reads and writes share this store's connection and transactions. */
    Connection connection() {
        return connection;
    }

    <T> T reading(Work<T> work) throws StoreException {
        return read(work);
    }

    <T> T writing(Work<T> work) throws StoreException {
        return write(work);
    }

    // ---- plumbing ----

    private static final String CLIENT_COLUMNS = "SELECT id, name, notes, archived, created FROM client";
    private static final String ASSESSMENT_COLUMNS = "SELECT id, client_id, taken_at, content_version,"
            + " answers_json, assessment_json, coach_notes FROM assessment";

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException, StoreException;
    }

    private <T> T read(Work<T> work) throws StoreException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw DatabaseFile.translate(e, file);
        }
    }

    /** Runs the work in one IMMEDIATE transaction: all of it is written, or none. */
    private <T> T write(Work<T> work) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw DatabaseFile.translate(e, file);
        }
    }

    /**
     * Rolls back after a failure, keeping the failure: after a full disk SQLite has already rolled back, and the
     * second complaint ("no transaction is active") would hide the one that says what happened.
     */
    private void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private Client updateClient(long id, String sql, Object... values) throws StoreException {
        client(id);
        write(() -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.setLong(values.length + 1, id);
                return update.executeUpdate();
            }
        });
        return client(id);
    }

    private Optional<Client> findClient(long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CLIENT_COLUMNS + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(client(rows)) : Optional.empty();
            }
        }
    }

    private int countAssessments(long clientId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM assessment WHERE client_id = ?")) {
            query.setLong(1, clientId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static Client client(ResultSet rows) throws SQLException {
        return new Client(rows.getLong("id"), rows.getString("name"), rows.getString("notes"),
                rows.getInt("archived") != 0, Instant.parse(rows.getString("created")));
    }

    /** A row whose stored JSON or date cannot be read. */
    private static final class UnreadableRow extends Exception {
        private final transient DamagedAssessment damaged;

        UnreadableRow(DamagedAssessment damaged, Throwable cause) {
            super(damaged.problem(), cause);
            this.damaged = damaged;
        }
    }

    private SavedAssessment saved(ResultSet rows) throws SQLException, UnreadableRow {
        long id = rows.getLong("id");
        long clientId = rows.getLong("client_id");
        Optional<Instant> takenAt = StoredDate.parse(rows.getString("taken_at"));
        if (takenAt.isEmpty()) {
            throw new UnreadableRow(new DamagedAssessment(id, clientId, Optional.empty(),
                    "its date \"" + StoredDate.shown(rows.getString("taken_at")) + "\" cannot be read"), null);
        }
        try {
            return new SavedAssessment(id, clientId, takenAt.get(),
                    json.readAnswers(rows.getString("answers_json")), rows.getString("content_version"),
                    json.readAssessment(rows.getString("assessment_json")), rows.getString("coach_notes"));
        } catch (JsonProcessingException e) {
            throw new UnreadableRow(new DamagedAssessment(id, clientId, takenAt,
                    "its stored answers or assessment are not complete JSON"), e);
        } catch (RuntimeException e) {
            throw new UnreadableRow(new DamagedAssessment(id, clientId, takenAt,
                    "its stored answers or assessment are not in CalfCheck's form"), e);
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was generated");
            }
            return keys.getLong(1);
        }
    }

    private static String requireName(String name) throws StoreException {
        if (name == null || name.isBlank()) {
            throw new StoreException(StoreException.Kind.INVALID, "A client needs a name.");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new StoreException(StoreException.Kind.INVALID, "A client name is at most " + MAX_NAME
                    + " characters.");
        }
        return name.strip();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
