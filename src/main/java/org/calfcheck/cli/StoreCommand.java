package org.calfcheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the client database: opens it, runs, and turns every failure into a message. */
abstract class StoreCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    /** Does the work; returns the exit code. */
    abstract int run(ClientStore store) throws StoreException;

    @Override
    public final Integer call() {
        try (ClientStore store = ClientStore.inFolder(dataDir().resolve(), Clock.systemDefaultZone())) {
            return run(store);
        } catch (StoreException e) {
            err().println(TerminalText.safeLines(e.getMessage()));
            return e.isBadInput() ? 2 : 1;
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(StoreCommand.class).error("{} failed", spec.qualifiedName(), e);
            err().println("Something went wrong: " + TerminalText.safeLines(String.valueOf(e.getMessage()))
                    + " (details in the log)");
            return 1;
        }
    }

    DataDirOption dataDir() {
        return main().dataDir;
    }

    Main main() {
        return (Main) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
