package org.calfcheck.engine.recovery;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.content.CareLevel;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.AnswersJson;
import org.calfcheck.engine.Engine;

/** Simulated runners for the recovery plan: the shipped content, a self-care check to start from, and check-ins. */
final class Runners {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    private Runners() {
    }

    static Engine engine() {
        try {
            Content content = ContentLoader.packaged().load();
            return new Engine(content);
        } catch (ContentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plan started from a self-care check where every safety answer was "no". */
    static PlanStart selfCareStart() {
        try {
            var root = new JsonMapper().readTree(Path.of("src/test/resources/vignettes/self-care-all-safety-answers-no.json")
                    .toFile());
            return new PlanStart(START, AnswersJson.parse(root.path("answers").toString()), CareLevel.SELF_CARE);
        } catch (IOException | org.calfcheck.engine.AnswersFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A check-in on day {@code n} of the plan (0 = the start) with even heel raises and pain-free hops. */
    static CheckIn day(int n, Activity activity, int during, int after, int morning) {
        return new CheckIn(START.plusDays(n), activity, activity == Activity.REST ? 0 : 30, during, after, morning,
                morning, Optional.of(25), Optional.of(25), Optional.of(true), Set.of());
    }

    static CheckIn withWarning(CheckIn c, String sign) {
        return new CheckIn(c.day(), c.activity(), c.minutes(), c.painDuring(), c.painAfter(), c.painMorning(),
                c.stiffnessMorning(), c.heelRaisesSore(), c.heelRaisesOther(), c.hopsPainFree(), Set.of(sign));
    }

    /** {@code days} check-ins of low pain that is gone by each morning, walking or running as the plan allows. */
    static List<CheckIn> lowSettlingPain(int days) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int n = 0; n < days; n++) {
            checkIns.add(day(n, n < 2 ? Activity.REST : n < 5 ? Activity.WALK : Activity.RUN, 1, 1, 0));
        }
        return checkIns;
    }
}
