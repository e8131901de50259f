package org.calfcheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetFileTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void savesTheBytesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        SheetFile.save(target, new byte[] {1, 2, 3}, false);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingIsAllowed() throws IOException {
        Path target = Files.write(dir.resolve("sheet.pdf"), new byte[] {9});
        assertThrows(FileAlreadyExistsException.class, () -> SheetFile.save(target, new byte[] {1}, false));
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        SheetFile.save(target, new byte[] {1}, true);
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aMissingFolderFailsWithoutLeavingAnything() throws IOException {
        Path target = dir.resolve("nowhere").resolve("sheet.pdf");
        assertThrows(NoSuchFileException.class, () -> SheetFile.save(target, new byte[] {1}, false));
        assertEquals(List.of(), files());
    }
}
