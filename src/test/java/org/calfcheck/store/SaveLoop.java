package org.calfcheck.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A child JVM for the crash and concurrency tests: saves assessments in a loop and prints "saved N" after each
 * commit. Arguments: database file, client name, number of saves (0 = until killed).
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        try (ClientStore store = new ClientStore(file, Clock.systemUTC())) {
            long client = store.addClient(args[1], "").id();
            for (int n = 1; count == 0 || n <= count; n++) {
                store.save(client, java.time.Instant.now(), Fixtures.answers(n % 11),
                        Fixtures.selfCare(), "save " + n);
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
