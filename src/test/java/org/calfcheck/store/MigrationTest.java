package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    static IntStream everyEarlierVersion() {
        return IntStream.range(1, Migrations.CURRENT);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("everyEarlierVersion")
    void anOlderDatabaseMovesToTheCurrentSchemaKeepingItsData(int version) throws Exception {
        Path file = dir.resolve(ClientStore.FILE_NAME);
        StoreJson json = new StoreJson();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrateTo(old, version);
            assertEquals(version, Migrations.userVersion(old));
            // written with only the columns every version has
            old.createStatement().executeUpdate("INSERT INTO client(id, name, name_lower, created)"
                    + " VALUES (7, 'Sam Runner', 'sam runner', '2025-03-01T10:00:00Z')");
            try (PreparedStatement insert = old.prepareStatement("INSERT INTO assessment(client_id, taken_at,"
                    + " content_version, answers_json, assessment_json) VALUES (7, ?, '0.9.0', ?, ?)")) {
                insert.setString(1, "2025-03-02T10:00:00Z");
                insert.setString(2, json.writeAnswers(Fixtures.answers(5)));
                insert.setString(3, json.writeAssessment(Fixtures.selfCare()));
                insert.executeUpdate();
            }
        }
        try (ClientStore store = new ClientStore(file, Fixtures.clock())) {
            Client sam = store.client(7);
            assertEquals("Sam Runner", sam.name());
            assertEquals("", sam.notes());
            assertEquals(false, sam.archived());
            SavedAssessment saved = store.assessments(7).get(0);
            assertEquals(Fixtures.selfCare(), saved.assessment());
            assertEquals(Fixtures.answers(5), saved.answers());
            assertEquals("0.9.0", saved.contentVersion());
            assertEquals("", saved.coachNotes());
            store.setArchived(7, true); // the new columns work
            store.setCoachNotes(saved.id(), "migrated");
        }
        try (Connection migrated = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(Migrations.CURRENT, Migrations.userVersion(migrated));
            assertEquals(Migrations.APPLICATION_ID, Migrations.applicationId(migrated));
        }
    }
}
