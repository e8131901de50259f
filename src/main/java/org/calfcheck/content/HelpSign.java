package org.calfcheck.content;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One line of "get help if…": a sign to watch for and what to do about it, shown only where it fits. A line for a
 * runner waiting to be seen about a clot must not tell them to give a routine two weeks.
 *
 * @param careLevels the results it belongs to; empty means every level
 * @param redFlags   shown only when one of these flags is raised; empty means whatever the flags
 */
public record HelpSign(String text, Set<CareLevel> careLevels, List<String> redFlags) {
    public HelpSign {
        careLevels = Set.copyOf(careLevels);
        redFlags = List.copyOf(redFlags);
    }

    public boolean fits(CareLevel level, Collection<String> raisedFlags) {
        return (careLevels.isEmpty() || careLevels.contains(level))
                && (redFlags.isEmpty() || redFlags.stream().anyMatch(raisedFlags::contains));
    }
}
