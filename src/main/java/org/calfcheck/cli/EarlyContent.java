package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;

/**
 * Content loading started before the command line is parsed. Loading the content is the longest part of an
 * {@code assess} start and needs nothing from the arguments but the folder, so on a second core it overlaps
 * reading the arguments and the answers file, and building picocli's model when the arguments are not plain
 * ({@link PlainAssess}; docs/benchmarks.md). A wrong guess about the folder only costs a background load: the
 * command uses the early load only when its {@code --content} folder is the one that was guessed.
 *
 * @param folder  the {@code --content} folder found in the arguments; empty for the packaged content
 * @param loading the load, finished or not
 */
record EarlyContent(Optional<Path> folder, CompletableFuture<Content> loading) {

    /** Commands that load the content named by {@code --content} (validate-content takes its own folder). */
    private static final List<String> CONTENT_COMMANDS = List.of("assess");

    /** Starts loading on a daemon thread when the arguments name a command that will need the content. */
    static Optional<EarlyContent> startFor(String[] args) {
        if (List.of(args).stream().noneMatch(CONTENT_COMMANDS::contains)) {
            return Optional.empty();
        }
        Optional<Path> folder = contentFolderIn(args);
        ContentSource source = new ContentSource(folder);
        return Optional.of(start(folder, () -> source.loader().load()));
    }

    /** What loads the content. */
    @FunctionalInterface
    interface Load {
        Content load() throws ContentException;
    }

    /**
     * Starts the load on a daemon thread. Every throwable ends the load, an {@link Error} such as
     * {@code OutOfMemoryError} too: otherwise {@link #await} would wait for ever.
     */
    static EarlyContent start(Optional<Path> folder, Load load) {
        CompletableFuture<Content> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loading.complete(load.load());
            } catch (Throwable e) { // NOPMD: the waiting command must hear of any failure
                loading.completeExceptionally(e);
            }
        }, "content-early-load");
        loader.setDaemon(true);
        loader.start();
        return new EarlyContent(folder, loading);
    }

    /** The content, or the same exception a direct load would have thrown. */
    Content await() throws ContentException {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the content", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ContentException problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the content could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    /** The value of {@code --content DIR} or {@code --content=DIR}, as picocli will read it. */
    static Optional<Path> contentFolderIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--content") && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--content=")) {
                return Optional.of(Path.of(args[i].substring("--content=".length())));
            }
        }
        return Optional.empty();
    }
}
