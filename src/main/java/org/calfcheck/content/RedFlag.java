package org.calfcheck.content;

import java.util.List;

/**
 * A warning sign that needs a professional, and how soon.
 *
 * @param action    what to do now, in a runner's words ("Call 999/112 now")
 * @param withholds ids of routine items that could do harm while this flag stands
 * @param stopsRunning the flag tells the runner not to run until seen, so no item that assumes running is shown;
 *                  always true from URGENT up
 */
public record RedFlag(String id, String title, String summary, String body, CareLevel careLevel, String action,
                      List<String> withholds, boolean stopsRunning) implements ContentItem {

    /** A flag that stops running exactly when it sends the runner to a doctor today or sooner. */
    public RedFlag(String id, String title, String summary, String body, CareLevel careLevel, String action,
                   List<String> withholds) {
        this(id, title, summary, body, careLevel, action, withholds, careLevel.isAtLeast(CareLevel.URGENT));
    }
}
