package org.calfcheck.report;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping of mixed-weight text by real font metrics. */
final class Wrapping {

    private final TextMeasure measure;

    Wrapping(TextMeasure measure) {
        this.measure = measure;
    }

    /** Wraps the runs into lines no wider than {@code width}; a word longer than a line is cut. */
    List<List<Run>> wrap(List<Run> runs, float size, float width) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        for (Run run : runs) {
            String text = measure.printable(run.text());
            for (String word : words(text)) {
                boolean space = word.equals(" ");
                if (space && line.isEmpty()) {
                    continue;
                }
                float w = measure.width(word, run.bold(), size);
                if (!space && used + w > width && !line.isEmpty()) {
                    lines.add(trimmed(line));
                    line = new ArrayList<>();
                    used = 0;
                }
                if (!space && w > width) {
                    for (String piece : cut(word, run.bold(), size, width)) {
                        if (!line.isEmpty()) {
                            lines.add(trimmed(line));
                            line = new ArrayList<>();
                        }
                        line.add(new Run(piece, run.bold()));
                        used = measure.width(piece, run.bold(), size);
                    }
                    continue;
                }
                append(line, new Run(word, run.bold()));
                used += w;
            }
        }
        if (!line.isEmpty()) {
            lines.add(trimmed(line));
        }
        return lines;
    }

    float width(List<Run> line, float size) {
        float total = 0;
        for (Run run : line) {
            total += measure.width(run.text(), run.bold(), size);
        }
        return total;
    }

    /** Words and single spaces, in order. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                out.add(" ");
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private List<String> cut(String word, boolean bold, float size, float width) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < word.length()) {
            int next = word.offsetByCodePoints(i, 1);
            if (i > start && measure.width(word.substring(start, next), bold, size) > width) {
                pieces.add(word.substring(start, i));
                start = i;
            }
            i = next;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** Joins a word onto the last run when the weight matches, so a line is a few runs, not one per word. */
    private static void append(List<Run> line, Run run) {
        if (!line.isEmpty() && line.get(line.size() - 1).bold() == run.bold()) {
            Run last = line.remove(line.size() - 1);
            line.add(new Run(last.text() + run.text(), run.bold()));
        } else {
            line.add(run);
        }
    }

    private static List<Run> trimmed(List<Run> line) {
        List<Run> copy = new ArrayList<>(line);
        while (!copy.isEmpty()) {
            Run last = copy.get(copy.size() - 1);
            String stripped = last.text().stripTrailing();
            if (stripped.isEmpty()) {
                copy.remove(copy.size() - 1);
            } else {
                copy.set(copy.size() - 1, new Run(stripped, last.bold()));
                break;
            }
        }
        return List.copyOf(copy);
    }
}
