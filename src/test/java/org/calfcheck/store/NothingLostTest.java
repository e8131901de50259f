package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NothingLostTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve(ClientStore.FILE_NAME);
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKillMinusNine() throws Exception {
        Process child = ChildJvm.saveLoop(db(), "Crash Runner", 0);
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.startsWith("saved ")) {
                    continue; // log lines
                }
                acknowledged = Integer.parseInt(line.substring("saved ".length()));
                if (acknowledged >= 40) {
                    child.destroyForcibly(); // SIGKILL mid-stream: the next save is in flight
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(acknowledged >= 40, "the child saved " + acknowledged);
        assertIntegrityOk();
        try (ClientStore store = new ClientStore(db(), Fixtures.clock())) {
            Client runner = store.search("crash runner", true).get(0);
            Set<String> notes = new HashSet<>();
            store.assessments(runner.id()).forEach(saved -> notes.add(saved.coachNotes()));
            for (int n = 1; n <= acknowledged; n++) {
                assertTrue(notes.contains("save " + n), "acknowledged save " + n + " is missing");
            }
        }
    }

    @Test
    void twoProcessesWritingAtOnceBothSucceedWithoutCorruption() throws Exception {
        new ClientStore(db(), Fixtures.clock()).close(); // created once, as the first app start would
        List<Process> children = new ArrayList<>();
        children.add(ChildJvm.saveLoop(db(), "Process One", 60));
        children.add(ChildJvm.saveLoop(db(), "Process Two", 60));
        for (Process child : children) {
            child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertTrue(child.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        }
        assertIntegrityOk();
        try (ClientStore store = new ClientStore(db(), Fixtures.clock())) {
            for (Client client : store.clients(true)) {
                assertEquals(60, store.assessmentCount(client.id()), client.name());
            }
            assertEquals(2, store.clients(true).size());
        }
    }

    @Test
    void twoStoresInOneProcessWritingAtOnceLoseNothing() throws Exception {
        try (ClientStore first = new ClientStore(db(), Fixtures.clock());
             ClientStore second = new ClientStore(db(), Fixtures.clock())) {
            long a = first.addClient("A", "").id();
            long b = second.addClient("B", "").id();
            Thread one = new Thread(() -> saveMany(first, a));
            Thread two = new Thread(() -> saveMany(second, b));
            one.start();
            two.start();
            one.join();
            two.join();
            assertEquals(50, first.assessmentCount(b));
            assertEquals(50, second.assessmentCount(a));
        }
        assertIntegrityOk();
    }

    private static void saveMany(ClientStore store, long client) {
        try {
            for (int i = 0; i < 50; i++) {
                store.save(client, Fixtures.answers(i % 11), Fixtures.selfCare());
            }
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }

    private void assertIntegrityOk() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             var rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertEquals("ok", rows.getString(1));
        }
    }
}
