package org.calfcheck.engine;

import java.util.List;
import org.calfcheck.content.CareLevel;

/**
 * Everything CalfCheck tells a runner, computed once by the {@link Engine}. The screen, the sheet, the
 * command line and the coach's history only present it; nothing downstream re-derives a cause or a flag.
 *
 * @param causes    ranked, most likely first
 * @param getHelpIf the signs to watch for and what to do, chosen for this care level and these flags
 */
public record Assessment(String contentVersion, CareLevel careLevel, List<RaisedFlag> redFlags,
                         List<LikelyCause> causes, Routine routine, List<WithheldItem> withheld,
                         List<String> getHelpIf) {
    public Assessment {
        redFlags = List.copyOf(redFlags);
        causes = List.copyOf(causes);
        withheld = List.copyOf(withheld);
        getHelpIf = List.copyOf(getHelpIf);
    }

    /** An assessment with no get-help lines (tests, and content built in code without them). */
    public Assessment(String contentVersion, CareLevel careLevel, List<RaisedFlag> redFlags,
                      List<LikelyCause> causes, Routine routine, List<WithheldItem> withheld) {
        this(contentVersion, careLevel, redFlags, causes, routine, withheld, List.of());
    }
}
