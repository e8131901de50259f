package org.calfcheck.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A file a person named with {@code --out}: written to a temporary file beside it and moved into place, so a failure
 * never leaves half a file. Only a regular file (or nothing) is ever replaced: renaming over a device, a pipe or a
 * folder would destroy it (as root, {@code --out /dev/null} replaced the device).
 *
 * @param target     where the file goes
 * @param tempPrefix the temporary file's prefix; leftovers with it (from a killed run) are removed on the next write
 * @param tempSuffix the temporary file's suffix
 */
public record OutputFile(Path target, String tempPrefix, String tempSuffix) {

    /** A leftover temporary file older than this was left by a run that died; younger ones may be in use. */
    static final Duration STALE = Duration.ofMinutes(10);

    /** Thrown when the target is not something a file may be written over; the message is for the person. */
    public static final class NotAFile extends FileSystemException {
        public NotAFile(Path file, String reason) {
            super(file.toString(), null, reason);
        }
    }

    /** What the body writes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Why the target cannot be written, in words; empty when it can. */
    public Optional<String> problem(boolean replace) {
        Path path = target.toAbsolutePath();
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return replace ? Optional.empty()
                    : Optional.of("is a link to a file that does not exist; add --force to replace the link");
        }
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        if (Files.isDirectory(path)) {
            return Optional.of("is a folder, not a file; name a file inside it");
        }
        if (!Files.isRegularFile(path)) {
            return Optional.of("is a device or pipe, not a regular file; name a regular file");
        }
        return replace ? Optional.empty() : Optional.of("already exists; add --force to replace it");
    }

    /**
     * Writes the file.
     *
     * @throws FileAlreadyExistsException when it exists and {@code replace} is false
     * @throws NotAFile                   when the target is a folder, device, pipe or (without replace) a dangling link
     * @throws IOException                when the folder is missing or not writable, or the disk is full
     */
    public void write(Body body, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        refuseIfUnfit(absolute, replace);
        Path folder = absolute.getParent();
        removeStaleLeftovers(folder);
        Path temp = Files.createTempFile(folder, tempPrefix, tempSuffix);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.writeTo(out);
            }
            // checked again: the target may have changed while the body was being written
            refuseIfUnfit(absolute, replace);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void refuseIfUnfit(Path absolute, boolean replace) throws IOException {
        Optional<String> problem = problem(replace);
        if (problem.isEmpty()) {
            return;
        }
        if (Files.isRegularFile(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, problem.get());
        }
        throw new NotAFile(absolute, problem.get());
    }

    /** Removes temporary files of ours that a killed run left beside the target. */
    private void removeStaleLeftovers(Path folder) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, tempPrefix + "*" + tempSuffix)) {
            for (Path leftover : leftovers) {
                FileTime modified = Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS);
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS) && modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be removed is harmless; the write itself reports a folder it cannot use
        }
    }

    /** Whether a failure means the disk (or the person's quota) is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("SQLITE_FULL") || message.contains("database or disk is full")) {
                return true;
            }
        }
        return false;
    }
}
