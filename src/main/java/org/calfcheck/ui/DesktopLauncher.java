package org.calfcheck.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the JavaFX toolkit and the main window from the command line's thread, and waits. A plain class rather
 * than an {@code Application} subclass so the app's parts can be built with constructors.
 */
public final class DesktopLauncher {

    private final AppSetup setup;
    private final Supplier<Path> configDir;

    /** @param configDir where preferences live; resolved on the FX thread, after logging has warmed up */
    public DesktopLauncher(AppSetup setup, Supplier<Path> configDir) {
        this.setup = setup;
        this.configDir = configDir;
    }

    /** Opens the app and returns when its window has been closed. */
    public void run() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = workers();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            app(background).start(stage, () -> { });
        });
        closed.await();
        background.shutdownNow();
        Platform.exit();
    }

    /** Opens the app, waits for its first frame, closes it, and returns milliseconds since the JVM started. */
    public long smoke() throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        AtomicLong at = new AtomicLong();
        ExecutorService background = workers();
        Platform.setImplicitExit(false);
        Platform.startup(() -> app(background).start(new Stage(), () -> {
            at.set(System.currentTimeMillis());
            drawn.countDown();
        }));
        drawn.await();
        background.shutdownNow();
        Platform.exit();
        return at.get() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private CalfCheckApp app(ExecutorService background) {
        return new CalfCheckApp(setup, new PreferencesFile(configDir.get()), background);
    }

    private static ExecutorService workers() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "calfcheck-worker");
            thread.setDaemon(true);
            return thread;
        });
    }
}
