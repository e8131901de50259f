package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;

/** The database shared with another process, and failures said in words. */
class SharedFileTest {

    @TempDir
    Path dir;

    @Test
    void readingNeedsNoWriteLockWhileAnotherProcessWrites() throws Exception {
        try (ClientStore store = ClientStore.inFolder(dir, Fixtures.clock())) {
            store.addClient("Sam", "");
        }
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ClientStore.FILE_NAME));
             Statement statement = writer.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.executeUpdate("INSERT INTO client(name, name_lower, created) VALUES ('Kim', 'kim',"
                    + " '2026-11-24T09:30:00Z')");
            // the write transaction is still open: opening and listing must not wait for it
            try (ClientStore reader = ClientStore.inFolder(dir, Fixtures.clock())) {
                assertEquals(1, reader.clients(true).size());
            }
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void aFullDiskIsSaidInWords() {
        SQLException full = new SQLException("[SQLITE_FULL] Insertion failed because database is full",
                null, SQLiteErrorCode.SQLITE_FULL.code);
        StoreException e = DatabaseFile.translate(full, dir.resolve(ClientStore.FILE_NAME));
        assertTrue(e.getMessage().contains("The disk holding") && e.getMessage().contains("nothing was saved"),
                e.getMessage());
    }

    @Test
    void aReadOnlyFileOrFolderIsBadInputInWords() {
        SQLException readOnly = new SQLException("[SQLITE_READONLY] attempt to write a readonly database",
                null, SQLiteErrorCode.SQLITE_READONLY.code);
        StoreException e = DatabaseFile.translate(readOnly, dir.resolve(ClientStore.FILE_NAME));
        assertEquals(StoreException.Kind.UNUSABLE_FILE, e.kind());
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
}
