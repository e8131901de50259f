package org.calfcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaperTest {

    @Test
    void northAmericaMexicoAndThePhilippinesGetLetter() {
        for (String country : new String[] {"US", "CA", "MX", "PH"}) {
            assertEquals(Paper.LETTER, Paper.forLocale(new Locale("en", country)), country);
        }
        assertEquals(Paper.LETTER, Paper.forLocale(Locale.CANADA_FRENCH));
    }

    @Test
    void everywhereElseGetsA4() {
        assertEquals(Paper.A4, Paper.forLocale(Locale.UK));
        assertEquals(Paper.A4, Paper.forLocale(Locale.GERMANY));
        assertEquals(Paper.A4, Paper.forLocale(new Locale("pl", "PL")));
        assertEquals(Paper.A4, Paper.forLocale(Locale.ENGLISH), "no country: A4");
    }

    @Test
    void paperNamesAreReadInAnyCase() {
        assertEquals(Optional.of(Paper.A4), Paper.parse("A4"));
        assertEquals(Optional.of(Paper.LETTER), Paper.parse(" letter "));
        assertEquals(Optional.empty(), Paper.parse("legal"));
    }
}
