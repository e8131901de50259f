package org.calfcheck.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Dates as the store keeps them (ISO-8601 instants), read defensively: a date that cannot be parsed, or that
 * lies outside the years 1900–9999 (which no calendar display handles), counts as unreadable.
 */
final class StoredDate {

    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private StoredDate() {
    }

    static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Instant instant = Instant.parse(text);
            // the year must also survive the trip to a calendar date in any time zone
            instant.atOffset(ZoneOffset.UTC);
            return inRange(instant) ? Optional.of(instant) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The stored text, cut short for a message. */
    static String shown(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
