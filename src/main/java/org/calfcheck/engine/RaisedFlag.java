package org.calfcheck.engine;

import java.util.List;
import org.calfcheck.content.CareLevel;

/**
 * A red flag the answers raised.
 *
 * @param action  what to do now
 * @param reasons which answers raised it, in a runner's words
 */
public record RaisedFlag(String id, String title, String summary, CareLevel careLevel, String action,
                         List<String> reasons) {
    public RaisedFlag {
        reasons = List.copyOf(reasons);
    }
}
