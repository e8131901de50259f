package org.calfcheck.content;

import java.util.List;

/**
 * A likely reason for sore calves.
 *
 * @param whyItLoadsTheCalf plain words on how this cause strains the calf
 * @param helpedBy          ids of exercises, recovery steps and advice that help with it
 */
public record Cause(String id, String title, String summary, String body, String whyItLoadsTheCalf,
                    List<String> helpedBy) implements ContentItem {
}
