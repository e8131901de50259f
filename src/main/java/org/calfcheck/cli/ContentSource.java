package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;

/**
 * Which content the app and every command use: the content packaged in the jar, or a folder given with
 * {@code --content DIR}. Commands get it from {@link Main#contentSource()} and let a {@link ContentException}
 * propagate: {@link Main} prints its problems and exits with 2.
 *
 * @param folder the folder of content files; empty for the packaged content
 */
public record ContentSource(Optional<Path> folder) {

    public static ContentSource packaged() {
        return new ContentSource(Optional.empty());
    }

    public static ContentSource folder(Path dir) {
        return new ContentSource(Optional.of(dir));
    }

    public ContentLoader loader() {
        return folder.map(ContentLoader::folder).orElseGet(ContentLoader::packaged);
    }

    /** Loads and checks the content; every problem is in the exception. */
    public Content load() throws ContentException {
        return loader().load();
    }

    /** "packaged content" or the folder, for messages. */
    public String origin() {
        return loader().origin();
    }
}
