package org.calfcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Pretty JSON and local dates for command output. */
final class CliJson {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CliJson() {
    }

    /** A local date and time; a date no calendar can show is written as stored rather than failing. */
    static String dateTime(java.time.Instant instant) {
        try {
            return DATE_TIME.format(instant);
        } catch (java.time.DateTimeException e) {
            return instant.toString();
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output could not be written as JSON", e);
        }
    }
}
