package org.calfcheck.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every run of {@code runLength} consecutive words that a text shares with a source. Both sides are
 * normalised the same way: curly quotes folded, lower case, only letters, digits and apostrophes kept, so
 * punctuation, case and line breaks cannot hide a copied sentence.
 */
final class CopiedRunDetector {

    private final int runLength;
    private final Set<String> sourceRuns;

    CopiedRunDetector(String source, int runLength) {
        this.runLength = runLength;
        this.sourceRuns = new HashSet<>(runs(words(source), runLength));
    }

    /** Each shared run once, in the order it first appears in the text. */
    List<String> copiedRuns(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String run : runs(words(text), runLength)) {
            if (sourceRuns.contains(run)) {
                found.add(run);
            }
        }
        return List.copyOf(found);
    }

    static List<String> words(String text) {
        String folded = text
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}']+"))
                .map(word -> word.replaceAll("^'+|'+$", ""))   // quote marks, not apostrophes inside words
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static List<String> runs(List<String> words, int length) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + length <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + length)));
        }
        return runs;
    }
}
