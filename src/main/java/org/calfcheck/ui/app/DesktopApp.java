package org.calfcheck.ui.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.calfcheck.content.ContentLoader;
import org.calfcheck.engine.Engine;
import org.calfcheck.ui.AppSetup;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.CalfCheckApp;
import org.calfcheck.ui.ContentOutcome;
import org.calfcheck.ui.EngineAssessor;
import org.calfcheck.ui.FxDialogService;
import org.calfcheck.ui.PreferencesFile;
import org.calfcheck.ui.ResultActions;
import org.calfcheck.ui.TaskRunner;
import org.calfcheck.ui.coach.EngineCheckReader;
import org.calfcheck.ui.sheet.SheetPreviewOpener;

/**
 * The desktop app's composition root and the only thing the command line calls to open it. Everything the windows
 * share is made here, once: the one executor for slow work (shut down when the window closes), the one
 * {@link BackgroundRunner} on it, a dialog service per window, the sheet preview and the coach workspace, whose
 * database is closed on exit. A plain class rather than an {@code Application} subclass, so the parts are built
 * with constructors.
 */
public final class DesktopApp {

    private final Supplier<ContentLoader> content;
    private final Path dataDir;
    private final Supplier<Path> configDir;
    private final Supplier<Path> cacheDir;

    /**
     * @param content   makes the content loader (packaged, or {@code --content DIR}); called on a worker thread
     * @param dataDir   where the clients' database lives
     * @param configDir where preferences live; resolved on the FX thread, after logging has warmed up
     * @param cacheDir  where the note on software rendering goes ({@link SoftwareRendering}); resolved after the
     *                  first frame
     */
    public DesktopApp(Supplier<ContentLoader> content, Path dataDir, Supplier<Path> configDir,
                      Supplier<Path> cacheDir) {
        this.content = content;
        this.dataDir = dataDir;
        this.configDir = configDir;
        this.cacheDir = cacheDir;
    }

    /** Opens the app and returns when its window has been closed, its work stopped and its database closed. */
    public void run() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService workers = workers();
        CoachWiring coach = coachWiring();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            app(workers, coach).start(stage, () -> noteRendering(workers));
        });
        closed.await();
        stop(workers, coach);
    }

    /** Opens the app, waits for its first frame, closes it, and returns milliseconds since the JVM started. */
    public long smoke() throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong at = new AtomicLong();
        ExecutorService workers = workers();
        CoachWiring coach = coachWiring();
        Platform.setImplicitExit(false);
        Platform.startup(() -> app(workers, coach).start(new Stage(), () -> {
            at.set(System.currentTimeMillis());
            // before the count-down, which lets the workers be shut down
            noteRendering(workers);
            drawn.countDown();
        }));
        drawn.await();
        stop(workers, coach);
        return at.get() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Once JavaFX has chosen how to render: noted for the launcher's next start, off the FX thread. */
    private void noteRendering(ExecutorService workers) {
        boolean hardware = Platform.isSupported(ConditionalFeature.SCENE3D);
        Optional<String> chosen = Optional.ofNullable(System.getProperty("prism.order"));
        workers.execute(() -> SoftwareRendering.inCache(cacheDir.get()).note(hardware, chosen));
    }

    /** The coach page; a runner's answers file taken in there is assessed as {@code calfcheck assess} would. */
    private CoachWiring coachWiring() {
        Callable<Engine> engine = once(() -> new Engine(content.get().load()));
        return new CoachWiring(dataDir, new EngineCheckReader(engine), java.util.Optional.of(engine));
    }

    /** One engine for the coach's answers files and the recovery plans: made on first use, off the FX thread. */
    private static Callable<Engine> once(Callable<Engine> make) {
        java.util.concurrent.atomic.AtomicReference<Engine> made = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> {
            synchronized (made) {
                if (made.get() == null) {
                    made.set(make.call());
                }
                return made.get();
            }
        };
    }

    private CalfCheckApp app(ExecutorService workers, CoachWiring coach) {
        BackgroundRunner runner = new TaskRunner(workers);
        SheetPreviewOpener sheet = SheetPreviewOpener.forDesktop(runner, FxDialogService::new);
        ResultActions actions = ResultActions.NONE.withRoutineSheet(sheet).withSaveToClient(coach.saveToClient())
                .withStartPlan(coach.startPlan());
        AppSetup setup = new AppSetup(() -> ContentOutcome.from(content), EngineAssessor::of, actions,
                List.of(coach.recoveryPage(Optional.of(sheet)), coach.page(sheet)));
        return new CalfCheckApp(setup, new PreferencesFile(configDir.get()), runner, FxDialogService::new);
    }

    /** Work still running gets a moment to finish (a save half done), then the database is closed. */
    private static void stop(ExecutorService workers, CoachWiring coach) throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        coach.close();
        Platform.exit();
    }

    /** The app's one source of worker threads: two, so printing never holds up the engine or the database. */
    static ExecutorService workers() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "calfcheck-worker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
