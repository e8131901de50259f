package org.calfcheck.engine;

import java.util.List;
import org.calfcheck.content.CareLevel;

/**
 * Everything CalfCheck tells a runner, computed once by the {@link Engine}. The screen, the sheet, the
 * command line and the coach's history only present it; nothing downstream re-derives a cause or a flag.
 *
 * @param causes ranked, most likely first
 */
public record Assessment(String contentVersion, CareLevel careLevel, List<RaisedFlag> redFlags,
                         List<LikelyCause> causes, Routine routine, List<WithheldItem> withheld) {
    public Assessment {
        redFlags = List.copyOf(redFlags);
        causes = List.copyOf(causes);
        withheld = List.copyOf(withheld);
    }
}
