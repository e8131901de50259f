package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file without write permission (owner bit cleared, which also speaks for root, whom the system lets
 * write anyway) is read as it is: no {@code -wal} or {@code -shm} appears beside it, and a write is refused in words.
 */
class ReadOnlyDataTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(ClientStore.FILE_NAME);
    }

    private void readOnlyWithOneClient() throws Exception {
        try (ClientStore store = new ClientStore(file(), Fixtures.clock())) {
            store.addClient("Sam Runner", "");
        }
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--------"));
    }

    private void assertNoCompanions() {
        assertTrue(Files.notExists(Path.of(file() + "-wal")), "no -wal beside a read-only file");
        assertTrue(Files.notExists(Path.of(file() + "-shm")), "no -shm beside a read-only file");
    }

    @Test
    void aReadOnlyFileIsReadWithoutLeavingWalOrShm() throws Exception {
        readOnlyWithOneClient();
        assertNoCompanions();
        byte[] before = Files.readAllBytes(file());
        try (ClientStore store = new ClientStore(file(), Fixtures.clock())) {
            assertEquals(List.of("Sam Runner"), store.clients(false).stream().map(Client::name).toList());
            assertNoCompanions();
        }
        assertNoCompanions();
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    @Test
    void aWriteToAReadOnlyFileIsRefusedAsAPathProblem() throws Exception {
        readOnlyWithOneClient();
        byte[] before = Files.readAllBytes(file());
        try (ClientStore store = new ClientStore(file(), Fixtures.clock())) {
            StoreException e = assertThrows(StoreException.class, () -> store.addClient("Alex", ""));
            assertEquals(StoreException.Kind.UNUSABLE_FILE, e.kind());
            assertTrue(e.getMessage().contains(file().toString()) && e.getMessage().contains("read-only"),
                    e.getMessage());
        }
        assertNoCompanions();
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    /** Mode bits are what this checks, so it runs the same as root, whom the system would let write anyway. */
    @Test
    void aReadOnlyDataFolderWithoutADatabaseIsAPathProblemInWordsAndStaysEmpty() throws Exception {
        Path folder = dir.resolve("data");
        Files.createDirectory(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            StoreException e = assertThrows(StoreException.class, () -> ClientStore.inFolder(folder, Fixtures.clock()));
            assertEquals(StoreException.Kind.UNUSABLE_FILE, e.kind());
            assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("read-only"),
                    e.getMessage());
            assertTrue(e.getCause() == null, "said in words, not SQLite's");
            try (var left = Files.list(folder)) {
                assertEquals(0, left.count(), "nothing written into a read-only folder");
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsReadAndWritesAreRefused() throws Exception {
        Path folder = dir.resolve("data");
        try (ClientStore store = ClientStore.inFolder(folder, Fixtures.clock())) {
            store.addClient("Sam Runner", "");
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try (ClientStore store = ClientStore.inFolder(folder, Fixtures.clock())) {
            assertEquals(List.of("Sam Runner"), store.clients(false).stream().map(Client::name).toList());
            StoreException e = assertThrows(StoreException.class, () -> store.addClient("Alex", ""));
            assertEquals(StoreException.Kind.UNUSABLE_FILE, e.kind());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            try (var left = Files.list(folder)) {
                assertEquals(List.of(ClientStore.FILE_NAME), left.map(p -> p.getFileName().toString()).toList());
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
