package org.calfcheck.ui;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersJson;

/** The real packaged content and engine, and the rules author's vignettes, for the UI tests. */
final class UiFixtures {

    /** Runs the work at once on the calling thread: view-model tests need no FX thread. */
    static final BackgroundRunner DIRECT = new InlineRunner();

    private static final JsonMapper JSON = new JsonMapper();

    private UiFixtures() {
    }

    static Content content() {
        try {
            return ContentLoader.packaged().load();
        } catch (Exception e) {
            throw new IllegalStateException("the packaged content must load for the UI tests", e);
        }
    }

    static Assessor engine() {
        return EngineAssessor.of(content());
    }

    /** The answers of {@code src/test/resources/vignettes/<name>.json}. */
    static Answers vignette(String name) {
        try (InputStream in = UiFixtures.class.getResourceAsStream("/vignettes/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no vignette " + name);
            }
            return AnswersJson.parse(JSON.readTree(in).path("answers").toString());
        } catch (IOException | org.calfcheck.engine.AnswersFormatException e) {
            throw new IllegalStateException("vignette " + name + " is unreadable", e);
        }
    }
}
