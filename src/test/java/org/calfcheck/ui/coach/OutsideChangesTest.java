package org.calfcheck.ui.coach;

import org.calfcheck.ui.InlineRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutsideChangesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteByAnotherStoreOnTheSameFileIsNoticedOnceAndOurOwnWritesAreNot() throws Exception {
        try (ClientStore app = ClientStore.inFolder(dir, Fixtures.clock());
             ClientStore command = ClientStore.inFolder(dir, Fixtures.clock())) {
            AtomicInteger changes = new AtomicInteger();
            OutsideChanges watch = new OutsideChanges(app, new InlineRunner(), changes::incrementAndGet);
            watch.check();
            app.addClient("Added in the app", "");
            watch.check();
            assertEquals(0, changes.get());
            command.addClient("Added by a command", "");
            watch.check();
            assertEquals(1, changes.get());
            watch.check();
            assertEquals(1, changes.get());
        }
    }
}
