package org.calfcheck.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The icons jpackage takes for the Windows and macOS installers (src/packaging): real files of their formats
 * with the sizes the desktops ask for, so a build there does not fall back to jpackage's own icon.
 */
class PlatformIconsTest {

    private static final Path PACKAGING = Path.of("src/packaging");

    @Test
    void theWindowsIconHoldsEverySizeFromSixteenTo256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(PACKAGING.resolve("calfcheck.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0), "reserved field");
        assertEquals(1, ico.getShort(2), "type 1 is an icon");
        int count = ico.getShort(4);
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            int length = ico.getInt(6 + 16 * i + 8);
            int offset = ico.getInt(6 + 16 * i + 12);
            assertTrue(offset + length <= ico.capacity(), "image " + i + " runs past the end of the file");
            sizes.add(width == 0 ? 256 : width);
        }
        assertTrue(sizes.containsAll(Set.of(16, 32, 48, 256)), "sizes " + sizes);
    }

    @Test
    void theMacIconIsAnIconFamilyOfItsOwnLength() throws IOException {
        byte[] icns = Files.readAllBytes(PACKAGING.resolve("calfcheck.icns"));
        ByteBuffer big = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, big.getInt(4), "the length in the header is the file's");
        Set<String> types = new HashSet<>();
        for (int at = 8; at < icns.length; at += big.getInt(at + 4)) {
            types.add(new String(icns, at, 4, StandardCharsets.US_ASCII));
            assertTrue(big.getInt(at + 4) > 8, "element at " + at + " has no data");
        }
        assertTrue(types.containsAll(Set.of("is32", "il32", "it32", "ic08")), "elements " + types);
    }
}
