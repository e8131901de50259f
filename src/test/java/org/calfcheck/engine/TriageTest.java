package org.calfcheck.engine;

import static org.calfcheck.engine.ContentFixture.answers;
import static org.calfcheck.engine.ContentFixture.flag;
import static org.calfcheck.engine.ContentFixture.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Content;
import org.junit.jupiter.api.Test;

class TriageTest {

    private final Content content = ContentFixture.content()
            .yesNo("swollen").yesNo("hot").yesNo("breathless").yesNo("severe")
            .redFlag("rf_swelling", CareLevel.SOON)
            .redFlag("rf_clot", CareLevel.URGENT)
            .redFlag("rf_severe", CareLevel.URGENT)
            .redFlag("rf_clot_breath", CareLevel.EMERGENCY)
            .rule("swelling", is("swollen", "yes"), flag("rf_swelling", "your calf is swollen"))
            .rule("clot1", is("hot", "yes"), flag("rf_clot", "your calf feels hot"))
            .rule("clot2", is("swollen", "yes"), flag("rf_clot", "your calf is swollen"))
            .rule("severe", is("severe", "yes"), flag("rf_severe", "the pain is severe"))
            .rule("breath", is("breathless", "yes"), flag("rf_clot_breath", "you are short of breath"))
            .build();
    private final Engine engine = new Engine(content);

    private static final Answers ALL_NO = answers("swollen", "no", "hot", "no", "breathless", "no", "severe", "no");

    @Test
    void noFlagsMeansSelfCare() {
        Assessment a = engine.assess(ALL_NO);
        assertEquals(CareLevel.SELF_CARE, a.careLevel());
        assertTrue(a.redFlags().isEmpty());
    }

    @Test
    void theCareLevelIsTheHighestRaisedFlag() {
        Assessment swollen = engine.assess(ALL_NO.with("swollen", new Answer.Chosen("yes")));
        assertEquals(List.of(CareLevel.URGENT, CareLevel.SOON),
                swollen.redFlags().stream().map(RaisedFlag::careLevel).toList());
        assertEquals(CareLevel.URGENT, swollen.careLevel());
        assertEquals(CareLevel.EMERGENCY,
                engine.assess(ALL_NO.with("breathless", new Answer.Chosen("yes"))).careLevel());
    }

    @Test
    void flagsAreOrderedByCareLevelThenContentOrder() {
        Answers everything = answers("swollen", "yes", "hot", "yes", "breathless", "yes", "severe", "yes");
        assertEquals(List.of("rf_clot_breath", "rf_clot", "rf_severe", "rf_swelling"),
                engine.assess(everything).redFlags().stream().map(RaisedFlag::id).toList());
    }

    @Test
    void oneFlagRaisedByTwoRulesCarriesBothReasons() {
        RaisedFlag clot = engine.assess(ALL_NO.with("swollen", new Answer.Chosen("yes"))
                .with("hot", new Answer.Chosen("yes"))).redFlags().get(0);
        assertEquals("rf_clot", clot.id());
        assertEquals(List.of("your calf feels hot", "your calf is swollen"), clot.reasons());
        assertEquals("act on rf_clot", clot.action());
    }

    @Test
    void dontKnowRaisesTheFlagAndSaysWhy() {
        Assessment a = engine.assess(ALL_NO.with("breathless", new Answer.Unknown()));
        assertEquals(CareLevel.EMERGENCY, a.careLevel());
        assertEquals(List.of("you are short of breath" + ReasonText.UNSURE_SUFFIX), a.redFlags().get(0).reasons());
    }

    @Test
    void anUnansweredQuestionRaisesItsFlagToo() {
        assertEquals(CareLevel.EMERGENCY, engine.assess(ALL_NO.without("breathless")).careLevel());
    }
}
