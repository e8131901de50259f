package org.calfcheck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build checks the content it packages completely and marks it; the packaged content then skips the
 * cross-checks at each start, but only for exactly the bytes the build checked.
 */
class ContentBuildCheckTest {

    private static final Path SHIPPED = Path.of("content");
    /** A problem only the cross-checks find: a rule raising a red flag that does not exist. */
    private static final String FLAG = "\"redFlag\": \"rf_clot_with_breathlessness\"";

    @TempDir
    Path classes;

    private Path content() throws IOException {
        Path folder = Files.createDirectories(classes.resolve("content"));
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    /** The content as the app finds it in its jar: the {@code content/} folder of a class path. */
    private ContentLoader packaged() throws IOException {
        return ContentLoader.packaged(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));
    }

    private static void danglingFlag(Path folder) throws IOException {
        Path rules = folder.resolve(ContentLoader.RULES);
        String text = Files.readString(rules);
        assertTrue(text.contains(FLAG));
        Files.writeString(rules, text.replace(FLAG, "\"redFlag\": \"rf_no_such_flag\""));
    }

    @Test
    void checkedContentIsMarkedAndLoadsAsTheFullCheckLoadsIt() throws Exception {
        Path folder = content();
        ContentBuildCheck.main(new String[] {folder.toString()});

        assertTrue(Files.isRegularFile(folder.resolve(ContentLoader.BUILD_MARK)));
        assertEquals(ContentLoader.folder(folder).load(), packaged().load());
    }

    @Test
    void contentWithAProblemFailsTheBuildAndIsNotMarked() throws Exception {
        Path folder = content();
        danglingFlag(folder);

        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> ContentBuildCheck.main(new String[] {folder.toString()}));
        assertTrue(failed.getMessage().contains("rf_no_such_flag"), failed.getMessage());
        assertFalse(Files.exists(folder.resolve(ContentLoader.BUILD_MARK)));
        assertThrows(ContentException.class, () -> packaged().load());
    }

    @Test
    void theMarkSparesTheCrossChecksOnlyForTheBytesTheBuildChecked() throws Exception {
        Path folder = content();
        danglingFlag(folder);
        // a mark made for these very files (as no build would): the packaged load trusts it and skips the check
        Files.writeString(folder.resolve(ContentLoader.BUILD_MARK), ContentLoader.folder(folder).mark());
        packaged().load();
        // validate-content checks in full all the same
        assertThrows(ContentException.class, () -> packaged().checkInFull());

        // one byte changed after the mark: the packaged load checks again and finds the problem
        Path manifest = folder.resolve(ContentLoader.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest) + " ");
        ContentException problems = assertThrows(ContentException.class, () -> packaged().load());
        assertTrue(problems.problems().stream().anyMatch(p -> p.toString().contains("rf_no_such_flag")),
                problems.problems().toString());
        // and a folder is always checked in full, mark or not
        assertThrows(ContentException.class, () -> ContentLoader.folder(folder).load());
    }

    /** The content on this class path was marked by this build, for the bytes it holds. */
    @Test
    void thePackagedContentCarriesTheMarkOfItsOwnBytes() throws Exception {
        ContentLoader loader = ContentLoader.packaged();
        try (var in = ContentLoader.class.getResourceAsStream("/content/" + ContentLoader.BUILD_MARK)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(in != null, "the build's check-content step has run");
            assertEquals(loader.mark(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                    .strip());
        }
    }
}
