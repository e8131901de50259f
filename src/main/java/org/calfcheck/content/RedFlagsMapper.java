package org.calfcheck.content;

import java.util.List;
import org.calfcheck.content.JsonTreeReader.Need;

/** Maps {@code redflags.json} onto {@link RedFlag} records. */
final class RedFlagsMapper {

    private RedFlagsMapper() {
    }

    static List<RedFlag> read(JsonTreeReader root) {
        return root.fileList("redFlags", RedFlagsMapper::redFlag);
    }

    /** Optional below URGENT (default false); from URGENT up it is always true and may not be set false. */
    private static boolean stopsRunning(JsonTreeReader f, CareLevel level) {
        boolean urgent = level.isAtLeast(CareLevel.URGENT);
        boolean stops = f.flag("stopsRunning", urgent);
        if (urgent && !stops) {
            f.problemAt("stopsRunning", "cannot be false for a flag that sends the runner to be seen today or now");
            return true;
        }
        return stops;
    }

    private static RedFlag redFlag(JsonTreeReader f) {
        f.allowFields("id", "title", "summary", "body", "careLevel", "action", "withholds", "stopsRunning");
        String id = f.id("id");
        // the stand-in for a missing or unknown level is URGENT, so the SELF_CARE check does not report it twice
        CareLevel level = f.enumValue("careLevel", CareLevel.class).orElse(CareLevel.URGENT);
        return new RedFlag(id, f.text("title"), f.text("summary"), f.text("body"), level, f.text("action"),
                f.texts("withholds", Need.OPTIONAL), stopsRunning(f, level));
    }
}
