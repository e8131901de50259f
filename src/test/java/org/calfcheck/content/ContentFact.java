package org.calfcheck.content;

import java.util.List;
import java.util.function.Function;

/**
 * One thing the shipped content must say, with a check that returns every problem it finds (empty when the
 * content holds the fact). The name is what a failing parameterised case shows.
 */
record ContentFact(String name, Function<PackagedContentJson, List<String>> check) {

    List<String> problemsIn(PackagedContentJson content) {
        return check.apply(content);
    }

    @Override
    public String toString() {
        return name;
    }
}
