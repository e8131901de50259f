package org.calfcheck.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutation of seed inputs: each input is a seed with a few byte-level and JSON-aware edits (flip, delete,
 * duplicate, splice, and tokens known to hurt parsers: huge numbers, deep nesting, control characters, repeated
 * keys). The same seed number gives the same inputs, so a crash found once is found again.
 */
public final class Mutator {

    /** Inputs per target: a few hundred in a normal build, far more with -Pfuzz (docs/fuzzing.md). */
    public static int inputs() {
        return Integer.getInteger("calfcheck.fuzz.inputs", 300);
    }

    private static final List<String> TOKENS = List.of(
            "1e309", "-1e309", "NaN", "Infinity", "9".repeat(1100), "0.5", "-0", "1.5", "null", "true", "[]", "{}",
            "\"\"", "\"unknown\"", "\"\\u001b[31m\"", "\"\\n\"", "\"\\ud800\"", "[".repeat(1100), "{\"a\":",
            "\"+1000000000-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"",
            ",", ":", "\"", "\\", "\uFEFF", "\u0000", "\"version\": 1.5", "\"pain_now\": 999");

    private final Random random;
    private final List<byte[]> seeds;

    public Mutator(long seed, List<String> seeds) {
        this.random = new Random(seed);
        this.seeds = seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** The next input: a seed with one to eight edits. */
    public byte[] next() {
        byte[] input = seeds.get(random.nextInt(seeds.size()));
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            input = edit(input);
        }
        return input;
    }

    public String nextText() {
        return new String(next(), StandardCharsets.UTF_8);
    }

    private byte[] edit(byte[] in) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        return switch (random.nextInt(7)) {
            case 0 -> flip(in, at);
            case 1 -> cut(in, at, 1 + random.nextInt(16));
            case 2 -> insert(in, at, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            case 3 -> insert(in, at, slice(in));
            case 4 -> insert(in, at, new byte[] {(byte) random.nextInt(256)});
            case 5 -> replaceNumber(in);
            default -> insert(in, at, slice(seeds.get(random.nextInt(seeds.size()))));
        };
    }

    private byte[] flip(byte[] in, int at) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        int i = Math.min(at, in.length - 1);
        out[i] = (byte) (out[i] ^ (1 << random.nextInt(8)));
        return out;
    }

    private static byte[] cut(byte[] in, int at, int length) {
        int end = Math.min(in.length, at + length);
        byte[] out = new byte[in.length - (end - at)];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, end, out, at, in.length - end);
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] piece) {
        byte[] out = new byte[in.length + piece.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(in, at, out, at + piece.length, in.length - at);
        return out;
    }

    private byte[] slice(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(64));
        byte[] out = new byte[to - from];
        System.arraycopy(in, from, out, 0, out.length);
        return out;
    }

    /** Replaces one run of digits with an extreme number. */
    private byte[] replaceNumber(byte[] in) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(text);
        int count = 0;
        while (digits.find()) {
            count++;
        }
        if (count == 0) {
            return in;
        }
        int pick = random.nextInt(count);
        digits.reset();
        for (int i = 0; i <= pick; i++) {
            digits.find();
        }
        String[] extremes = {"1e309", "-1", "999", "2147483648", "1.5", "0", "1" + "0".repeat(400)};
        String replaced = text.substring(0, digits.start()) + extremes[random.nextInt(extremes.length)]
                + text.substring(digits.end());
        return replaced.getBytes(StandardCharsets.ISO_8859_1);
    }
}
