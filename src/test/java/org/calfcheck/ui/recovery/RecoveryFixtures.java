package org.calfcheck.ui.recovery;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Engine;
import org.calfcheck.engine.recovery.Activity;
import org.calfcheck.engine.recovery.CheckIn;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.RealAssessments;
import org.calfcheck.store.RecoveryJournal;
import org.calfcheck.store.SavedAssessment;

/** A client store with real assessments and recovery plans, on a clock the test sets. */
public final class RecoveryFixtures {

    public static final LocalDate START = LocalDate.of(2026, 11, 18);

    private final RealAssessments real;
    private final Path dir;

    public RecoveryFixtures(Path dir) throws Exception {
        this.dir = dir;
        this.real = new RealAssessments();
    }

    public static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    public ClientStore store(LocalDate day) throws Exception {
        return ClientStore.inFolder(dir, on(day));
    }

    Engine engine() {
        return real.engine();
    }

    public RecoveryBook book(ClientStore store, LocalDate day) {
        return new RecoveryBook(store, on(day), real::engine);
    }

    Answers answers(String vignette) throws Exception {
        return real.answers(vignette);
    }

    /** Saves the vignette's check to the client. */
    SavedAssessment saved(ClientStore store, long client, String vignette) throws Exception {
        Answers answers = real.answers(vignette);
        return store.save(client, answers, real.engine().assess(answers));
    }

    /** A plan for "Me" started on {@link #START} from a self-care check, and five days of low, settling pain. */
    public long meWithAWeek(ClientStore store) throws Exception {
        long me = store.defaultClient().id();
        new RecoveryJournal(store, on(START)).start(me, saved(store, me, SELF_CARE), false);
        RecoveryJournal later = new RecoveryJournal(store, on(START.plusDays(6)));
        for (int i = 1; i <= 5; i++) {
            later.record(me, new CheckIn(START.plusDays(i), i < 3 ? Activity.REST : Activity.WALK, i < 3 ? 0 : 20 + i * 5,
                    i < 3 ? 0 : 2, i < 3 ? 0 : 1, 0, 1, Optional.of(14 + i), Optional.of(24), Optional.empty(), Set.of()),
                    false, Set.of("ws_warmth"));
        }
        return me;
    }

    static final String SELF_CARE = "self-care-new-runner-overuse.json";
    static final String URGENT = "urgent-blood-thinner-knock-swelling.json";
}
