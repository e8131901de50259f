package org.calfcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import org.calfcheck.content.ContentLoader;

/**
 * The floor for timing {@code calfcheck assess} from the command line: a JVM that only parses the packaged
 * content's JSON files with Jackson (no mapping, no validation, no engine) and prints how many nodes it read.
 * See docs/benchmarks.md ("Assessment engine").
 */
public final class ParseContentOnly {

    private ParseContentOnly() {
    }

    public static void main(String[] args) throws IOException {
        JsonMapper json = new JsonMapper();
        int nodes = 0;
        for (String file : ContentLoader.FILES) {
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
