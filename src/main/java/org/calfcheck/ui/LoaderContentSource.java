package org.calfcheck.ui;

import java.util.function.Supplier;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.ContentProblem;

/** The content from a {@link ContentLoader} (packaged, or a folder given with {@code --content}). */
public final class LoaderContentSource implements ContentSource {

    private final Supplier<ContentLoader> makeLoader;

    /** @param makeLoader called on the loading thread: building a loader starts Jackson, which the first frame need not wait for */
    public LoaderContentSource(Supplier<ContentLoader> makeLoader) {
        this.makeLoader = makeLoader;
    }

    @Override
    public ContentOutcome load() {
        ContentLoader loader = makeLoader.get();
        try {
            return new ContentOutcome.Loaded(loader.load());
        } catch (ContentException e) {
            int count = e.problems().size();
            return new ContentOutcome.Failed("The content in " + loader.origin() + " has "
                    + (count == 1 ? "1 problem." : count + " problems."),
                    e.problems().stream().map(ContentProblem::toString).toList());
        }
    }
}
