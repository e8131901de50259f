package org.calfcheck.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Run by the build ({@code process-classes}, pom.xml) on the content it is about to package: checks it completely
 * and, when there is no problem, writes the mark ({@link ContentLoader#BUILD_MARK}) that lets the packaged content
 * skip the cross-checks at each start. Content with a problem fails the build, every problem listed, so broken
 * content is never packaged, with or without the tests.
 */
public final class ContentBuildCheck {

    private ContentBuildCheck() {
    }

    /** @param args the folder of content files to check and mark */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.deleteIfExists(folder.resolve(ContentLoader.BUILD_MARK));
        ContentLoader loader = ContentLoader.folder(folder);
        try {
            loader.load();
        } catch (ContentException e) {
            // the build prints the message: every problem, one per line
            throw new IllegalStateException(e.problems().size() + " problem(s) in the content to package, " + folder
                    + ":\n" + e.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n")),
                    e);
        }
        Files.writeString(folder.resolve(ContentLoader.BUILD_MARK), loader.mark() + "\n", StandardCharsets.US_ASCII);
    }
}
