package org.calfcheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * A lower reference than {@link ParseContentOnly}, for docs/benchmarks.md only: a JVM that runs Jackson's
 * streaming parser over the packaged content files and builds nothing, not even a tree. The content loader now
 * builds its tree from this parser ({@code content.JsonTree}), so this shows how much of the floor's time is the
 * ObjectMapper the loader no longer starts.
 */
public final class TokenizeContentOnly {

    private TokenizeContentOnly() {
    }

    public static void main(String[] args) throws IOException {
        JsonFactory factory = new JsonFactory();
        int tokens = 0;
        for (String file : ParseContentOnly.FILES) {
            try (InputStream in = TokenizeContentOnly.class.getResourceAsStream("/content/" + file);
                 JsonParser parser = factory.createParser(in)) {
                while (parser.nextToken() != null) {
                    parser.getText();
                    tokens++;
                }
            }
        }
        System.out.println(tokens + " JSON tokens");
    }
}
