package org.calfcheck.content;

/**
 * One thing wrong with the content, precise enough for an author to fix it without guessing.
 *
 * @param file    the content file, such as {@code causes.json} (or the folder when the folder itself is missing)
 * @param path    a JSON path such as {@code $.causes[2].title}, or {@code line 3, column 7} for malformed JSON;
 *                empty when the problem is the whole file or folder
 * @param message what is wrong, in words
 */
public record ContentProblem(String file, String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? file + ": " + message : file + " " + path + ": " + message;
    }
}
