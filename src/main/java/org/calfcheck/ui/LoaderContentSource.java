package org.calfcheck.ui;

import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.content.ContentProblem;

/** The content from a {@link ContentLoader} (packaged, or a folder given with {@code --content}). */
public final class LoaderContentSource implements ContentSource {

    private final ContentLoader loader;

    public LoaderContentSource(ContentLoader loader) {
        this.loader = loader;
    }

    @Override
    public ContentOutcome load() {
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
