package org.calfcheck.engine;

import static org.calfcheck.engine.Truth.FALSE;
import static org.calfcheck.engine.Truth.TRUE;
import static org.calfcheck.engine.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruthTest {

    @ParameterizedTest(name = "{0} and {1} is {2}")
    @CsvSource({
        "TRUE,TRUE,TRUE", "TRUE,UNKNOWN,UNKNOWN", "TRUE,FALSE,FALSE",
        "UNKNOWN,TRUE,UNKNOWN", "UNKNOWN,UNKNOWN,UNKNOWN", "UNKNOWN,FALSE,FALSE",
        "FALSE,TRUE,FALSE", "FALSE,UNKNOWN,FALSE", "FALSE,FALSE,FALSE"})
    void andFollowsKleenesTable(Truth a, Truth b, Truth expected) {
        assertEquals(expected, a.and(b));
    }

    @ParameterizedTest(name = "{0} or {1} is {2}")
    @CsvSource({
        "TRUE,TRUE,TRUE", "TRUE,UNKNOWN,TRUE", "TRUE,FALSE,TRUE",
        "UNKNOWN,TRUE,TRUE", "UNKNOWN,UNKNOWN,UNKNOWN", "UNKNOWN,FALSE,UNKNOWN",
        "FALSE,TRUE,TRUE", "FALSE,UNKNOWN,UNKNOWN", "FALSE,FALSE,FALSE"})
    void orFollowsKleenesTable(Truth a, Truth b, Truth expected) {
        assertEquals(expected, a.or(b));
    }

    @ParameterizedTest(name = "not {0} is {1}")
    @CsvSource({"TRUE,FALSE", "FALSE,TRUE", "UNKNOWN,UNKNOWN"})
    void notSwapsTrueAndFalseAndKeepsUnknown(Truth a, Truth expected) {
        assertEquals(expected, a.not());
    }

    @ParameterizedTest
    @CsvSource({"TRUE,true", "UNKNOWN,true", "FALSE,false"})
    void onlyFalseRulesOutAPossibility(Truth a, boolean possible) {
        assertEquals(possible, a.isPossible());
        assertEquals(a == UNKNOWN || a == TRUE, a != FALSE);
    }
}
