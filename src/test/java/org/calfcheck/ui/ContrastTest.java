package org.calfcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA contrast of our text, computed from the theme's own colours (AtlantaFX Primer light and dark) and the
 * colours our stylesheet gives each kind of text: 4.5:1 for body text, 3:1 for large text (24 px, or 18.7 px bold).
 */
class ContrastTest {

    private static final Path OUR_CSS = Path.of("src/main/resources/org/calfcheck/ui/calfcheck.css");

    /** A kind of text: its colour and background as our stylesheet sets them, and the page under a see-through one. */
    private record Pair(String what, String text, String background, String page, boolean large) {
    }

    @Test
    void everyKindOfTextMeetsAaInBothThemes() throws IOException {
        String ours = Files.readString(OUR_CSS);
        List<Pair> pairs = List.of(
                new Pair("call-now banner", value(ours, ".care-emergency .label, .care-urgent .label", "-fx-text-fill"),
                        value(ours, ".care-emergency", "-fx-background-color"), "-color-bg-default", false),
                new Pair("doctor-today banner", value(ours, ".care-emergency .label, .care-urgent .label",
                        "-fx-text-fill"), value(ours, ".care-urgent", "-fx-background-color"), "-color-bg-default",
                        false),
                new Pair("see-someone-soon banner", "-color-fg-default", value(ours, ".care-soon",
                        "-fx-background-color"), "-color-bg-default", false),
                new Pair("self-care banner", "-color-fg-default", value(ours, ".care-self", "-fx-background-color"),
                        "-color-bg-default", false),
                new Pair("dose chip", value(ours, ".dose", "-fx-text-fill"), value(ours, ".dose",
                        "-fx-background-color"), "-color-bg-subtle", false),
                new Pair("help text", value(ours, ".help-text", "-fx-text-fill"), "-color-bg-default",
                        "-color-bg-default", false),
                new Pair("field error", value(ours, ".field-error", "-fx-text-fill"), "-color-bg-default",
                        "-color-bg-default", false),
                new Pair("caution in a card", value(ours, ".caution", "-fx-text-fill"), "-color-bg-subtle",
                        "-color-bg-subtle", false),
                new Pair("what to do in a flag card", value(ours, ".flag-action", "-fx-text-fill"),
                        "-color-bg-subtle", "-color-bg-subtle", false),
                new Pair("strength word", value(ours, ".strength-word", "-fx-text-fill"), "-color-bg-subtle",
                        "-color-bg-subtle", false),
                new Pair("progress", value(ours, ".progress-text", "-fx-text-fill"), "-color-bg-default",
                        "-color-bg-default", false),
                new Pair("chosen page in the header", value(ours, ".nav-button:selected", "-fx-text-fill"),
                        value(ours, ".nav-button:selected", "-fx-background-color"), "-color-bg-subtle", false),
                new Pair("header", value(ours, ".app-name", "-fx-text-fill"),
                        value(ours, ".app-header", "-fx-background-color"), "-color-bg-default", true));
        List<String> failures = new ArrayList<>();
        for (String theme : List.of("primer-light", "primer-dark")) {
            Map<String, String> colours = themeColours(theme);
            for (Pair pair : pairs) {
                Color page = resolve(colours, pair.page(), Color.WHITE);
                Color background = resolve(colours, pair.background(), page);
                Color text = resolve(colours, pair.text(), background);
                double ratio = ratio(text, background);
                if (ratio < (pair.large() ? 3.0 : 4.5)) {
                    failures.add(String.format("%s, %s: %.2f:1", theme, pair.what(), ratio));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * WCAG 2.1 non-text contrast (3:1) of the focus ring against what is next to it, in both themes: the page
     * outside it and, on a selected toggle (filled with the accent colour), the fill inside it unless a gap of page
     * colour keeps the two apart. Flat buttons have no fill of their own, so their ring sits on the page or header.
     */
    @Test
    void theFocusRingStandsOutFromWhatItTouchesAlsoOnASelectedToggle() throws IOException {
        String ours = Files.readString(OUR_CSS);
        List<String> failures = new ArrayList<>();
        for (String theme : List.of("primer-light", "primer-dark")) {
            Map<String, String> colours = themeColours(theme);
            for (String selector : List.of(".toggle-button:selected:focused", ".button.flat:focused",
                    ".button.accent:focused")) {
                for (String page : List.of("-color-bg-default", "-color-bg-subtle")) {
                    Color under = resolve(colours, page, Color.WHITE);
                    Color ring = resolve(colours, value(ours, selector, "-fx-border-color"), under);
                    if (ratio(ring, under) < 3.0) {
                        failures.add(String.format("%s, %s ring on %s: %.2f:1", theme, selector, page,
                                ratio(ring, under)));
                    }
                    String ringRule = ".toggle-button,\n.button.flat,\n.button.accent";
                    double gap = -number(value(ours, ringRule, "-fx-border-insets"))
                            - number(value(ours, ringRule, "-fx-border-width"));
                    Color fill = resolve(colours, "-color-accent-emphasis", under); // Primer fills both with it
                    if (!selector.startsWith(".button.flat") && gap < 1 && ratio(ring, fill) < 3.0) {
                        failures.add(String.format("%s, ring touching a selected toggle: %.2f:1", theme,
                                ratio(ring, fill)));
                    }
                }
            }
        }
        // the results banner is red, amber, green or blue: its ring must keep clear of the fill, on the page colour
        double bannerGap = -number(last(value(ours, ".care-banner:focused", "-fx-border-insets")))
                - number(last(value(ours, ".care-banner:focused", "-fx-border-width")));
        if (bannerGap < 1) {
            failures.add("the results banner's focus ring touches its coloured fill");
        }
        for (String theme : List.of("primer-light", "primer-dark")) {
            Map<String, String> colours = themeColours(theme);
            Color page = resolve(colours, "-color-bg-default", Color.WHITE);
            Color ring = resolve(colours, last(value(ours, ".care-banner:focused", "-fx-border-color")), page);
            if (ratio(ring, page) < 3.0) {
                failures.add(String.format("%s, results banner ring on the page: %.2f:1", theme, ratio(ring, page)));
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The outermost of several borders. */
    private static String last(String values) {
        String[] each = values.split(",");
        return each[each.length - 1].trim();
    }

    private static double number(String css) {
        return Double.parseDouble(css.replace("px", "").trim());
    }

    @Test
    void theRatioIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, ratio(Color.BLACK, Color.WHITE), 0.01);
        assertEquals(3.14, ratio(Color.WHITE, Color.web("#bf8700")), 0.01); // white on Primer's amber
        assertTrue(ratio(Color.web("#767676"), Color.WHITE) >= 4.5);
    }

    /** The value of {@code property} in the rule whose selector is exactly {@code selector}. */
    private static String value(String css, String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertTrue(rule.find(), "no rule " + selector + " in " + OUR_CSS);
        Matcher declaration = Pattern.compile(Pattern.quote(property) + "\\s*:\\s*([^;]+);").matcher(rule.group(1));
        assertTrue(declaration.find(), selector + " sets no " + property);
        return declaration.group(1).trim();
    }

    private static Map<String, String> themeColours(String theme) throws IOException {
        Map<String, String> colours = new HashMap<>();
        try (InputStream in = ContrastTest.class.getResourceAsStream("/atlantafx/base/theme/" + theme + ".css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);").matcher(css);
            while (m.find()) {
                colours.putIfAbsent(m.group(1), m.group(2).trim());
            }
        }
        return colours;
    }

    /** A looked-up colour (or a literal), laid over {@code under} when it is see-through. */
    private static Color resolve(Map<String, String> colours, String value, Color under) {
        String v = value;
        for (int hops = 0; v.startsWith("-color-") && hops < 10; hops++) {
            assertTrue(colours.containsKey(v), "the theme has no " + v);
            v = colours.get(v);
        }
        Color c = Color.web(v);
        return new Color(c.getRed() * c.getOpacity() + under.getRed() * (1 - c.getOpacity()),
                c.getGreen() * c.getOpacity() + under.getGreen() * (1 - c.getOpacity()),
                c.getBlue() * c.getOpacity() + under.getBlue() * (1 - c.getOpacity()), 1);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
