package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusableFileTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(ClientStore.FILE_NAME);
    }

    private void assertRefusedAndUntouched(String expectedWords) throws Exception {
        byte[] before = Files.readAllBytes(file());
        StoreException e = assertThrows(StoreException.class, () -> new ClientStore(file(), Fixtures.clock()));
        assertEquals(StoreException.Kind.UNUSABLE_FILE, e.kind());
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertTrue(Files.notExists(Path.of(file() + "-wal")), "no WAL file left next to a refused file");
    }

    @Test
    void randomBytesAreRefusedAndLeftUnchanged() throws Exception {
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(file(), noise);
        assertRefusedAndUntouched("not a database file");
    }

    @Test
    void aTextFileIsRefusedAndLeftUnchanged() throws Exception {
        Files.writeString(file(), "my shopping list\nmilk\n", StandardCharsets.UTF_8);
        assertRefusedAndUntouched("not a database file");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUnchanged() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            other.createStatement().executeUpdate("CREATE TABLE recipes(id INTEGER PRIMARY KEY, title TEXT)");
            other.createStatement().executeUpdate("INSERT INTO recipes(title) VALUES ('soup')");
        }
        assertRefusedAndUntouched("another program");
    }

    @Test
    void aDatabaseFromANewerCalfCheckIsRefusedAndLeftUnchanged() throws Exception {
        try (ClientStore store = new ClientStore(file(), Fixtures.clock())) {
            store.addClient("Sam", "");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            c.createStatement().executeUpdate("PRAGMA journal_mode = DELETE"); // fold the WAL into the file
            c.createStatement().executeUpdate("PRAGMA user_version = " + (Migrations.CURRENT + 1));
        }
        assertRefusedAndUntouched("newer CalfCheck");
    }

    @Test
    void aDatabaseWithScrambledPagesIsRefusedAndLeftUnchanged() throws Exception {
        try (ClientStore store = new ClientStore(file(), Fixtures.clock())) {
            for (int i = 0; i < 50; i++) {
                store.save(store.addClient("Runner " + i, "").id(), Fixtures.answers(i % 10), Fixtures.selfCare());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            c.createStatement().executeUpdate("PRAGMA journal_mode = DELETE");
        }
        byte[] whole = Files.readAllBytes(file());
        byte[] damaged = java.util.Arrays.copyOf(whole, whole.length);
        for (int i = 100; i < damaged.length; i++) {
            damaged[i] = (byte) (i * 31);
        }
        Files.write(file(), damaged);
        byte[] before = Files.readAllBytes(file());
        StoreException e = assertThrows(StoreException.class, () -> {
            try (ClientStore store = new ClientStore(file(), Fixtures.clock())) {
                store.clients(true);
            }
        });
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void aForeignDatabaseWithPendingWalDataIsNotCheckpointedAndKeepsItsWalAndShm() throws Exception {
        Path source = dir.resolve("source.db");
        org.sqlite.SQLiteConfig walMode = new org.sqlite.SQLiteConfig();
        walMode.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + source, walMode.toProperties())) {
            other.createStatement().execute("PRAGMA wal_autocheckpoint = 0");
            other.createStatement().executeUpdate("CREATE TABLE recipes(id INTEGER PRIMARY KEY, title TEXT)");
            other.createStatement().executeUpdate("INSERT INTO recipes(title) VALUES ('soup')");
            // a copy taken while the other program is running: the data is still only in the WAL
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.copy(Path.of(source + suffix), Path.of(file() + suffix));
            }
        }
        byte[] db = Files.readAllBytes(file());
        byte[] wal = Files.readAllBytes(Path.of(file() + "-wal"));
        assertTrue(wal.length > 0, "the copy has pending WAL data");
        StoreException e = assertThrows(StoreException.class, () -> new ClientStore(file(), Fixtures.clock()));
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
        assertArrayEquals(db, Files.readAllBytes(file()));
        assertArrayEquals(wal, Files.readAllBytes(Path.of(file() + "-wal")), "the WAL was not checkpointed");
        assertTrue(Files.exists(Path.of(file() + "-shm")), "the -shm file is kept");
    }

    @Test
    void aFileWithOurMarkButNotOurTablesIsRefusedWithoutSwitchingToWal() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            other.createStatement().executeUpdate("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            other.createStatement().executeUpdate("PRAGMA user_version = 1");
            other.createStatement().executeUpdate("CREATE TABLE recipes(id INTEGER PRIMARY KEY, title TEXT)");
        }
        assertRefusedAndUntouched("CalfCheck's mark but not");
    }
}
