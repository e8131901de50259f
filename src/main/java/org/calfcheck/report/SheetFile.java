package org.calfcheck.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.calfcheck.platform.OutputFile;

/** Saves a finished sheet so that a failure never leaves half a PDF: write a temporary file, then move it. */
public final class SheetFile {

    private SheetFile() {
    }

    /** The sheet's target, with the temporary-file names a killed write may leave behind (removed next time). */
    public static OutputFile at(Path target) {
        return new OutputFile(target, ".calfcheck-", ".pdf.part");
    }

    /**
     * @param replace whether an existing file may be replaced
     * @throws FileAlreadyExistsException when the file exists and {@code replace} is false
     * @throws OutputFile.NotAFile        when the target is a folder, device, pipe, or a dangling link
     * @throws IOException                when the folder is missing or not writable
     */
    public static void save(Path target, byte[] pdf, boolean replace) throws IOException {
        at(target).write(out -> out.write(pdf), replace);
    }
}
