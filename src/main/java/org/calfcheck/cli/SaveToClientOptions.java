package org.calfcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Option;

/** {@code assess ... --save [--client ID]}: keeps the assessment, exactly as computed, in the client database. */
final class SaveToClientOptions {

    @Option(names = "--save", description = "Save the assessment to a client's history (see --client).")
    boolean save;

    @Option(names = "--client", paramLabel = "ID",
            description = "The client to save for (see: client list); without it, your own history (\"Me\").")
    Long client;

    /** For picocli, which sets the fields. */
    SaveToClientOptions() {
    }

    SaveToClientOptions(boolean save, Optional<Long> client) {
        this.save = save;
        this.client = client.orElse(null);
    }

    /** A --client without --save would silently do nothing: say so instead. */
    boolean isMisused() {
        return client != null && !save;
    }

    /**
     * Saves when asked; returns the exit code (0 when saved or not asked). The confirmation goes to stderr so that
     * stdout stays the assessment alone (JSON stays parseable).
     */
    int saveIfAsked(Path dataDir, Answers answers, Assessment assessment, PrintWriter err) {
        if (!save) {
            return Main.EXIT_OK;
        }
        try (ClientStore store = ClientStore.inFolder(dataDir, Clock.systemDefaultZone())) {
            Client who = client == null ? store.defaultClient() : store.client(client);
            SavedAssessment saved = store.save(who.id(), answers, assessment);
            err.println("Saved as assessment " + saved.id() + " for " + TerminalText.safe(who.name()) + " (client " + who.id() + ").");
            return Main.EXIT_OK;
        } catch (StoreException e) {
            err.println("Not saved: " + TerminalText.safeLines(e.getMessage()));
            return e.isBadInput() ? Main.EXIT_BAD_INPUT : Main.EXIT_FAILURE;
        } finally {
            err.flush();
        }
    }
}
