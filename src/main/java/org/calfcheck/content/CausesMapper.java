package org.calfcheck.content;

import java.util.List;
import org.calfcheck.content.JsonTreeReader.Need;

/** Maps {@code causes.json} onto {@link Cause} records. */
final class CausesMapper {

    private CausesMapper() {
    }

    static List<Cause> read(JsonTreeReader root) {
        return root.fileList("causes", CausesMapper::cause);
    }

    private static Cause cause(JsonTreeReader c) {
        c.allowFields("id", "title", "summary", "body", "whyItLoadsTheCalf", "helpedBy");
        return new Cause(c.id("id"), c.text("title"), c.text("summary"), c.text("body"),
                c.text("whyItLoadsTheCalf"), c.texts("helpedBy", Need.OPTIONAL));
    }
}
