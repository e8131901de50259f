package org.calfcheck.cli;

import java.time.Clock;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import org.calfcheck.engine.Engine;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.RecoveryJournal;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Option;

/** A recovery-plan command: the client (or "Me"), the journal, and the content's plan. */
abstract class JournalCommand extends StoreCommand {

    @Option(names = "--client", paramLabel = "ID",
            description = "The client's id (see: client list); without it, the runner on their own (\"Me\").")
    Long clientId;

    Client client(ClientStore store) throws StoreException {
        return clientId == null ? store.defaultClient() : store.client(clientId);
    }

    RecoveryJournal journal(ClientStore store) {
        return new RecoveryJournal(store, Clock.systemDefaultZone());
    }

    /** The content; its problems become one message (exit code 2), as with any bad input. */
    Engine engine() throws StoreException {
        try {
            Content content = ((Main) spec.root().userObject()).contentSource().load();
            return new Engine(content);
        } catch (ContentException e) {
            throw new StoreException(StoreException.Kind.INVALID, e.getMessage());
        }
    }
}
