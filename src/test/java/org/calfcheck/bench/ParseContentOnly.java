package org.calfcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The floor for timing {@code calfcheck assess} from the command line: a JVM that only parses the packaged
 * content's JSON files with Jackson (no mapping, no validation, no engine) and prints how many nodes it read.
 * See docs/benchmarks.md ("Assessment engine").
 */
public final class ParseContentOnly {

    /** Named here rather than taken from ContentLoader: touching that class would start the logging system. */
    static final List<String> FILES = List.of("manifest.json", "causes.json", "exercises.json",
            "recovery.json", "prevention.json", "redflags.json", "questionnaire.json", "rules.json",
            "recovery-plan.json");

    private ParseContentOnly() {
    }

    public static void main(String[] args) throws IOException {
        JsonMapper json = new JsonMapper();
        int nodes = 0;
        for (String file : FILES) {
            try (InputStream in = ParseContentOnly.class.getResourceAsStream("/content/" + file)) {
                nodes += count(json.readTree(in));
            }
        }
        System.out.println(nodes + " JSON nodes");
    }

    private static int count(JsonNode node) {
        int n = 1;
        for (JsonNode child : node) {
            n += count(child);
        }
        return n;
    }
}
