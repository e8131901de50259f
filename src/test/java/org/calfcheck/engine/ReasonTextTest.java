package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.answersIn;
import static org.calfcheck.engine.ContentFixture.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.calfcheck.content.Content;
import org.calfcheck.content.Unit;
import org.junit.jupiter.api.Test;

class ReasonTextTest {

    private final Content content = ContentFixture.content()
            .yesNo("runs")
            .scale("pain_now")
            .single("where", "upper", "lower")
            .multi("signs", "red", "hot", "cramp")
            .number("weekly_distance", Unit.DISTANCE, 0, 500)
            .number("usual_weekly_distance", Unit.DISTANCE, 0, 500)
            .number("shoe_distance", Unit.DISTANCE, 0, 5000).shownWhen(is("runs", "yes"))
            .build();

    private String fill(String template, DistanceUnit answered, DistanceUnit shown, Object... answers) {
        Facts facts = new Facts(new ContentIndex(content), answersIn(answered, answers), DerivedInputs.STANDARD);
        return new ReasonText(facts, shown).fill(template);
    }

    @Test
    void numbersAreRoundedToWhole() {
        assertEquals("pain 7 of 10", fill("pain {pain_now} of 10", DistanceUnit.KM, DistanceUnit.KM, "pain_now", 7));
        assertEquals("you ran 33% more", fill("you ran {derived.weeklyIncreasePercent}% more", DistanceUnit.KM,
                DistanceUnit.KM, "weekly_distance", 40, "usual_weekly_distance", 30));
    }

    @Test
    void anIncreaseFromNothingIsToldAsDistancesNeverAsTheCappedPercentage() {
        assertEquals("you went from 0 km in a usual week to 30 km in the last seven days",
                fill("you ran {derived.weeklyIncreasePercent}% more this week than usual", DistanceUnit.KM,
                        DistanceUnit.KM, "weekly_distance", 30, "usual_weekly_distance", 0));
        assertEquals("you went from 10 km in a usual week to 200 km in the last seven days",
                fill("you ran {derived.weeklyIncreasePercent}% more", DistanceUnit.KM, DistanceUnit.KM,
                        "weekly_distance", 200, "usual_weekly_distance", 10));
    }

    @Test
    void distancesAreShownInTheChosenUnitWithItsName() {
        assertEquals("40 km this week", fill("{weekly_distance} this week", DistanceUnit.KM, DistanceUnit.KM,
                "weekly_distance", 40));
        assertEquals("25 miles this week", fill("{weekly_distance} this week", DistanceUnit.MI, DistanceUnit.MI,
                "weekly_distance", 25));
        assertEquals("40 km this week", fill("{weekly_distance} this week", DistanceUnit.MI, DistanceUnit.KM,
                "weekly_distance", 24.8548));
        assertEquals("shoes with 311 miles", fill("shoes with {derived.shoeKm}", DistanceUnit.KM, DistanceUnit.MI,
                "runs", "yes", "shoe_distance", 500));
        assertEquals("1 mile", fill("{weekly_distance}", DistanceUnit.MI, DistanceUnit.MI, "weekly_distance", 1));
    }

    @Test
    void choicesAreShownByLabel() {
        assertEquals("pain in Label lower", fill("pain in {where}", DistanceUnit.KM, DistanceUnit.KM, "where", "lower"));
        assertEquals("signs: Label red and Label cramp", fill("signs: {signs}", DistanceUnit.KM, DistanceUnit.KM,
                "signs", List.of("red", "cramp")));
        assertEquals("runs: yes", fill("runs: {runs}", DistanceUnit.KM, DistanceUnit.KM, "runs", "yes"));
    }

    @Test
    void unknownAndHiddenValuesSaySo() {
        assertEquals("pain not known", fill("pain {pain_now}", DistanceUnit.KM, DistanceUnit.KM, "pain_now", "unknown"));
        assertEquals("shoes not asked", fill("shoes {shoe_distance}", DistanceUnit.KM, DistanceUnit.KM, "runs", "no"));
    }

    @Test
    void bracesThatNameNoFactAreLeftAlone() {
        assertEquals("see {nothing} and {pain_now", fill("see {nothing} and {pain_now", DistanceUnit.KM,
                DistanceUnit.KM, "pain_now", 3));
    }

    @Test
    void listsReadAsASentence() {
        assertEquals("none", ReasonText.listInWords(List.of()));
        assertEquals("a", ReasonText.listInWords(List.of("a")));
        assertEquals("a, b and c", ReasonText.listInWords(List.of("a", "b", "c")));
    }
}
