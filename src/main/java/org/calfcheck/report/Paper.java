package org.calfcheck.report;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Paper sizes the sheet prints on, in PDF points (1/72 inch). */
public enum Paper {
    A4(595.28f, 841.89f, "A4"),
    LETTER(612f, 792f, "US Letter");

    /** Countries where Letter is the everyday paper size (North America, parts of Latin America, the Philippines). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "PR", "CL", "CO", "VE",
            "GT", "CR", "PA", "SV", "NI", "DO", "BZ");

    private final float width;
    private final float height;
    private final String label;

    Paper(float width, float height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public String label() {
        return label;
    }

    /** Letter for the countries that use it, A4 everywhere else (and when the locale names no country). */
    public static Paper forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** Reads "a4" or "letter" (any case), as typed on the command line. */
    public static Optional<Paper> parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        if (key.equals("a4")) {
            return Optional.of(A4);
        }
        if (key.equals("letter") || key.equals("us-letter")) {
            return Optional.of(LETTER);
        }
        return Optional.empty();
    }
}
