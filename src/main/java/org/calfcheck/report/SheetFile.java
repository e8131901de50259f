package org.calfcheck.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saves a finished sheet so that a failure never leaves half a PDF: write a temporary file, then move it. */
public final class SheetFile {

    private SheetFile() {
    }

    /**
     * @param replace whether an existing file may be replaced
     * @throws FileAlreadyExistsException when the file exists and {@code replace} is false
     * @throws IOException                when the folder is missing or not writable
     */
    public static void save(Path target, byte[] pdf, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!replace && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "the file already exists");
        }
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, ".calfcheck-", ".pdf.part");
        try {
            Files.write(temp, pdf);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
