package org.calfcheck.content;

import java.util.List;

/**
 * A warning sign that needs a professional, and how soon.
 *
 * @param action    what to do now, in a runner's words ("Call 999/112 now")
 * @param withholds ids of routine items that could do harm while this flag stands
 */
public record RedFlag(String id, String title, String summary, String body, CareLevel careLevel, String action,
                      List<String> withholds) implements ContentItem {
}
