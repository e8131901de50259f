package org.calfcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.calfcheck.fuzz.FuzzRun;
import org.calfcheck.fuzz.Mutator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated client files through the import's reading and checking: read whole or refused as a bad import, and
 * whatever is read has dates a calendar can show and a name within the limit. Stored dates read back safely.
 */
class ClientFileFuzzTest {

    @TempDir
    Path dir;

    @Test
    void aMutatedClientFileIsReadOrRefusedNeverCrashes() throws Exception {
        Path seed = dir.resolve("seed.json");
        try (ClientStore store = ClientStore.inFolder(dir.resolve("data"), Fixtures.clock())) {
            long sam = store.addClient("Sam Runner", "left calf").id();
            store.save(sam, Instant.parse("2026-10-01T07:00:00Z"), Fixtures.answers(7),
                    Fixtures.assessment(CareLevel.SOON, Map.of("overuse", Strength.MODERATE)), "first visit");
            store.save(sam, Instant.parse("2026-11-01T07:00:00Z"), Fixtures.answers(2), Fixtures.selfCare(), "");
            store.exportClient(sam, seed, false);
        }
        ClientTransfer transfer = new ClientTransfer(new StoreJson());
        Path input = dir.resolve("input.json");
        int ran = FuzzRun.run("client-file", new Mutator(1205L, List.of(Files.readString(seed))),
                Mutator.inputs(), bytes -> {
                    Files.write(input, bytes);
                    try {
                        ClientTransfer.ClientFile read = transfer.read(input, answers -> List.of());
                        assertTrue(read.name().length() <= ClientStore.MAX_NAME);
                        assertTrue(StoredDate.inRange(read.created()));
                        read.assessments().forEach(a -> assertTrue(StoredDate.inRange(a.takenAt())));
                    } catch (StoreException e) {
                        assertEquals(StoreException.Kind.BAD_IMPORT, e.kind(), e.getMessage());
                    }
                });
        assertTrue(ran > 0);
    }

    @Test
    void mutatedStoredDatesReadAsADateInRangeOrAsUnreadable() throws Exception {
        Mutator dates = new Mutator(99L, List.of("2026-11-24T09:30:00Z", "1900-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "+1000000000-12-31T23:59:59Z"));
        FuzzRun.run("stored-date", dates, Mutator.inputs() * 10, bytes ->
                StoredDate.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                        .ifPresent(date -> assertTrue(StoredDate.inRange(date))));
    }
}
