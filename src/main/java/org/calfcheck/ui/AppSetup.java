package org.calfcheck.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.calfcheck.content.Content;

/**
 * Everything the window is built from, chosen by the entry point.
 *
 * @param content    loads the content; called off the FX thread (see {@link ContentOutcome#from})
 * @param engine     makes the engine once the content is loaded
 * @param actions    the results page's hand-offs (routine sheet, save to client)
 * @param extraPages pages after "Check my calves" in the header (the coach page)
 */
public record AppSetup(Supplier<ContentOutcome> content, Function<Content, Assessor> engine, ResultActions actions,
                       List<PageFactory> extraPages) {
    public AppSetup {
        extraPages = List.copyOf(extraPages);
    }
}
