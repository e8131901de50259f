package org.calfcheck.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Engine;

/** Assessments made by the real engine on the packaged content, from the vignettes' answers. */
public final class RealAssessments {

    private final Engine engine;

    public RealAssessments() throws Exception {
        this.engine = new Engine(ContentLoader.packaged().load());
    }

    public Engine engine() {
        return engine;
    }

    public Answers answers(String vignette) throws Exception {
        try (InputStream in = RealAssessments.class.getResourceAsStream("/vignettes/" + vignette)) {
            if (in == null) {
                throw new IOException("no vignette " + vignette);
            }
            return AnswersJson.parse(new ObjectMapper().readTree(in).get("answers").toString());
        }
    }
}
