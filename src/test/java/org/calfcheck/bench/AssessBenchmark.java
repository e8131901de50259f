package org.calfcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersFormatException;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Assessment;
import org.calfcheck.engine.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Engine.assess} on the full shipped content, once warm (target: under 100 µs). Not a test; run it as
 * described in docs/benchmarks.md ("Assessment engine").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {

    /** A plain self-care case, a case with don't-knows and hidden follow-ups, and an emergency. */
    @Param({"self-care-mileage-jump-fifty-percent.json", "urgent-pop-not-sure.json",
            "emergency-tense-calf-after-kick.json"})
    public String vignette;

    private Engine engine;
    private Answers answers;

    @Setup
    public void load() throws ContentException, IOException, AnswersFormatException {
        engine = new Engine(ContentLoader.packaged().load());
        try (InputStream in = AssessBenchmark.class.getResourceAsStream("/vignettes/" + vignette)) {
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            answers = AnswersJson.parse(new com.fasterxml.jackson.databind.json.JsonMapper().readTree(json)
                    .get("answers").toString());
        }
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(answers);
    }
}
