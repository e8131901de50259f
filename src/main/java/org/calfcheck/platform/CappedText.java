package org.calfcheck.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file or standard input a person gave us as UTF-8 text, reading at most a cap: {@code /dev/zero} or a
 * 3 GB file must end in a message, not an {@code OutOfMemoryError}. The same bytes give the same result from a
 * file and from standard input: invalid UTF-8 is refused, and a leading byte order mark is dropped.
 */
public final class CappedText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** An answers file is a few kilobytes; anything past this is not one (docs/cli.md), wherever it is read. */
    public static final int ANSWERS_CAP_BYTES = 4 * 1024 * 1024;

    /** Thrown when the input holds more than the cap; the message says how much is allowed. */
    public static final class TooLarge extends IOException {
        public TooLarge(long capBytes) {
            super("is larger than " + megabytes(capBytes) + " MB, more than such a file ever holds");
        }
    }

    private CappedText() {
    }

    /**
     * @throws TooLarge                 when there are more than {@code capBytes} bytes
     * @throws CharacterCodingException when the bytes are not UTF-8
     */
    public static String read(InputStream in, int capBytes) throws IOException {
        byte[] bytes = in.readNBytes(capBytes + 1);
        if (bytes.length > capBytes) {
            throw new TooLarge(capBytes);
        }
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** As {@link #read(InputStream, int)}, from a file (a device or pipe is read up to the cap too). */
    public static String read(Path file, int capBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, capBytes);
        }
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
