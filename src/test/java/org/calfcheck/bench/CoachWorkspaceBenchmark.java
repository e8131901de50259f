package org.calfcheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.Strength;
import org.calfcheck.store.ClashPolicy;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 1,000 clients × 20 assessments: how long the coach waits for the client list, a search, and one history.
 * Run: {@code mvn -o -B -Pbench test -Dtest=CoachWorkspaceBenchmark}. Figures go to docs/benchmarks.md.
 */
@Tag("benchmark")
class CoachWorkspaceBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(CoachWorkspaceBenchmark.class);
    private static final int CLIENTS = 1000;
    private static final int ASSESSMENTS = 20;
    private static final int RUNS = 50;

    @TempDir
    Path dir;

    @Test
    void clientListAndSearchAnswerWithin100msAtAThousandClients() throws Exception {
        long seedStart = System.nanoTime();
        seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long bytes = Files.size(dir.resolve("db").resolve(ClientStore.FILE_NAME));

        double[] open = time(() -> {
            try (ClientStore store = ClientStore.inFolder(dir.resolve("db"), Fixtures.clock())) {
                return store.clients(false).size();
            }
        });
        try (ClientStore store = ClientStore.inFolder(dir.resolve("db"), Fixtures.clock())) {
            double[] list = time(() -> store.clients(false).size());
            double[] sqlSearch = time(() -> store.search("runner 12", false).size());
            List<Client> all = store.clients(true);
            double[] memorySearch = time(() -> all.stream()
                    .filter(c -> !c.archived() && c.name().toLowerCase(Locale.ROOT).contains("runner 12")).count());
            long someone = all.get(all.size() / 2).id();
            double[] history = time(() -> store.history(someone).size());
            assertEquals(CLIENTS, list.length == RUNS ? store.clients(false).size() : -1);
            assertEquals(ASSESSMENTS, store.history(someone).size());

            String report = String.format(Locale.ROOT, "seed %.1f s, database %.1f MB%n", seedSeconds, bytes / 1e6)
                    + line("open + list (cold connection)", open)
                    + line("list 1000 clients", list)
                    + line("search in SQL (LIKE on name_lower)", sqlSearch)
                    + line("search in memory (view-model filter)", memorySearch)
                    + line("history of one client (20 JSON rows)", history);
            LOG.info("Coach workspace benchmark:\n{}", report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "coach-benchmark.txt"), report);
            assertTrue(median(open) < 100 && median(list) < 100 && median(sqlSearch) < 100, report);
        }
    }

    private void seed() throws Exception {
        Path template = dir.resolve("template.json");
        try (ClientStore store = ClientStore.inFolder(dir.resolve("template"), Fixtures.clock())) {
            Client one = store.addClient("Template", "");
            Instant start = Instant.parse("2025-01-06T07:00:00Z");
            for (int i = 0; i < ASSESSMENTS; i++) {
                store.save(one.id(), start.plus(i * 9L, ChronoUnit.DAYS), Fixtures.answers(i % 11),
                        Fixtures.assessment(i % 5 == 0 ? CareLevel.SOON : CareLevel.SELF_CARE,
                                Map.of("overuse", Strength.MODERATE, "tight_calves", Strength.POSSIBLE)), "");
            }
            store.exportClient(one.id(), template, false);
        }
        String text = Files.readString(template);
        try (ClientStore store = ClientStore.inFolder(dir.resolve("db"), Fixtures.clock())) {
            for (int n = 0; n < CLIENTS; n++) {
                Path file = dir.resolve("client.json");
                Files.writeString(file, text.replace("\"Template\"", "\"Runner " + n + "\""));
                store.importClient(file, ClashPolicy.REFUSE); // one transaction per client
            }
        }
    }

    private static double[] time(Callable<?> work) throws Exception {
        for (int i = 0; i < 10; i++) {
            work.call(); // warm-up
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String line(String what, double[] sorted) {
        return String.format(Locale.ROOT, "%-40s median %7.2f ms   p95 %7.2f ms   max %7.2f ms%n", what,
                median(sorted), sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1]);
    }
}
