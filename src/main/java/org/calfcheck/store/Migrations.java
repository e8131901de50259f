package org.calfcheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as numbered steps. Each step runs in its own transaction and records its number in
 * {@code PRAGMA user_version}, so an old database moves forward one step at a time and never half-migrates.
 * Never edit a released step: add a new one.
 */
final class Migrations {

    /** "CALF" — marks the file as ours, so a foreign SQLite file is recognised and left alone. */
    static final int APPLICATION_ID = 0x43414C46;

    private record Step(int version, List<String> statements) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(1, List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
                    """
                    CREATE TABLE client (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        name_lower TEXT NOT NULL,
                        created TEXT NOT NULL)""",
                    "CREATE INDEX client_name_lower ON client(name_lower)",
                    """
                    CREATE TABLE assessment (
                        id INTEGER PRIMARY KEY,
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        taken_at TEXT NOT NULL,
                        content_version TEXT NOT NULL,
                        answers_json TEXT NOT NULL,
                        assessment_json TEXT NOT NULL)""",
                    "CREATE INDEX assessment_client ON assessment(client_id, taken_at)")),
            // v2: client notes, archiving, and coach notes on each assessment
            new Step(2, List.of(
                    "ALTER TABLE client ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE client ADD COLUMN archived INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE assessment ADD COLUMN coach_notes TEXT NOT NULL DEFAULT ''")),
            // v3: the recovery journal: one return-to-run plan per client, clearances, one check-in a day
            new Step(3, List.of(
                    """
                    CREATE TABLE recovery_plan (
                        client_id INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
                        started_on TEXT NOT NULL,
                        from_assessment INTEGER,
                        care_level TEXT NOT NULL,
                        baseline_json TEXT NOT NULL)""",
                    """
                    CREATE TABLE plan_clearance (
                        id INTEGER PRIMARY KEY,
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        day TEXT NOT NULL,
                        note TEXT NOT NULL)""",
                    """
                    CREATE TABLE check_in (
                        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                        day TEXT NOT NULL,
                        check_in_json TEXT NOT NULL,
                        PRIMARY KEY (client_id, day))""")));

    static final int CURRENT = STEPS.get(STEPS.size() - 1).version();

    private Migrations() {
    }

    /** Moves the database up to {@code target}; steps already applied (by us or another process) are skipped. */
    static void migrateTo(Connection connection, int target) throws SQLException {
        if (userVersion(connection) >= target) {
            return; // nothing to do, so no write lock: a reader never waits for another process's write
        }
        for (Step step : STEPS) {
            if (step.version() > target) {
                return;
            }
            connection.setAutoCommit(false); // the driver begins an IMMEDIATE transaction: one writer at a time
            try (Statement statement = connection.createStatement()) {
                if (userVersion(connection) < step.version()) {
                    for (String sql : step.statements()) {
                        statement.executeUpdate(sql);
                    }
                    statement.executeUpdate("PRAGMA user_version = " + step.version());
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        return intPragma(connection, "user_version");
    }

    static int applicationId(Connection connection) throws SQLException {
        return intPragma(connection, "application_id");
    }

    private static int intPragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }
}
