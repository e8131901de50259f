package org.calfcheck.engine;

import java.util.List;

/**
 * A cause the answers point to, with everything needed to show it without the content (a saved assessment
 * keeps its words even when the content changes later).
 *
 * @param score the summed weights; used for ranking, never shown as a percentage
 */
public record LikelyCause(String id, String title, String summary, Strength strength, int score,
                          List<EvidenceLine> evidence) {
    public LikelyCause {
        evidence = List.copyOf(evidence);
    }
}
