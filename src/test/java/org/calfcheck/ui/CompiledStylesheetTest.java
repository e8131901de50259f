package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build compiles calfcheck.css to calfcheck.bss, which JavaFX loads instead of the text (start-up). A missing
 * or stale binary would silently show yesterday's styles, so it must say exactly what the text says.
 */
class CompiledStylesheetTest {

    @Test
    void theCompiledStylesheetHasTheSameRulesAsTheText() throws IOException {
        URL css = CalfCheckApp.class.getResource("calfcheck.css");
        URL bss = CalfCheckApp.class.getResource("calfcheck.bss");
        assertNotNull(css, "calfcheck.css is not on the class path");
        assertNotNull(bss, "calfcheck.bss is missing: the build's compile-stylesheet step did not run");

        List<String> fromText = describe(new CssParser().parse(css));
        List<String> fromBinary = describe(Stylesheet.loadBinary(bss));

        assertEquals(fromText, fromBinary);
    }

    private static List<String> describe(Stylesheet sheet) {
        return sheet.getRules().stream().map(CompiledStylesheetTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ":" + d.getParsedValue()).toList();
    }
}
