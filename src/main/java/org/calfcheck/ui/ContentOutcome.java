package org.calfcheck.ui;

import java.util.List;
import java.util.function.Supplier;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.ContentProblem;

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

    /**
     * Loads with the loader {@code makeLoader} gives (packaged, or the folder given with {@code --content}).
     * Call it off the FX thread: building a loader starts Jackson, which the first frame need not wait for.
     */
    static ContentOutcome from(Supplier<ContentLoader> makeLoader) {
        ContentLoader loader = makeLoader.get();
        try {
            return new Loaded(loader.load());
        } catch (ContentException e) {
            int count = e.problems().size();
            return new Failed("The content in " + loader.origin() + " has "
                    + (count == 1 ? "1 problem." : count + " problems."),
                    e.problems().stream().map(ContentProblem::toString).toList());
        }
    }
}
