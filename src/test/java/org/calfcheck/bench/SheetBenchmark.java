package org.calfcheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.calfcheck.engine.DistanceUnit;
import org.calfcheck.report.Paper;
import org.calfcheck.report.SheetFixtures;
import org.calfcheck.report.SheetRequest;
import org.calfcheck.report.SheetWriter;
import org.calfcheck.ui.sheet.PageRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Routine sheet generation for the longest routine, once warm (target: under 300 ms). Not a unit test: run it as
 * described in docs/benchmarks.md ("Routine sheet"). Reports median, p95 and max of timed runs after warm-up.
 */
@Tag("benchmark")
class SheetBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 60;

    @Test
    void longestRoutineSheetIsWrittenInUnder300Milliseconds() throws IOException {
        SheetWriter writer = new SheetWriter();
        SheetRequest request = new SheetRequest(SheetFixtures.longestRoutine(), Optional.of("Zoë Łukasiewicz"),
                LocalDate.of(2026, 11, 24), Paper.A4, DistanceUnit.KM, Optional.of(620.0));
        double[] write = time(() -> writer.write(request));
        PageRenderer renderer = new PageRenderer(110);
        byte[] pdf = writer.write(request);
        double[] preview = time(() -> {
            try {
                renderer.render(pdf);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String report = String.format(Locale.ROOT,
                "write PDF (longest routine, 2 pages): median %.1f ms, p95 %.1f ms, max %.1f ms%n"
                        + "render preview pages at 110 dpi:     median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                percentile(write, 50), percentile(write, 95), write[write.length - 1],
                percentile(preview, 50), percentile(preview, 95), preview[preview.length - 1]);
        Files.writeString(Path.of("target", "sheet-benchmark.txt"), report);
        System.err.print(report);
        assertTrue(percentile(write, 50) < 300, report);
    }

    private static double[] time(Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
