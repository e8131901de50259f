package org.calfcheck.ui;

import java.util.List;
import org.calfcheck.content.Content;

/** What loading the content gave: the content, or every problem found in it, one line each. */
public sealed interface ContentOutcome {

    record Loaded(Content content) implements ContentOutcome {
    }

    /** @param problems each as "file — path: message" */
    record Failed(String summary, List<String> problems) implements ContentOutcome {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
