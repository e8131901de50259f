package org.calfcheck.cli;

import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", description = "Add a client; prints the new client's id.")
final class ClientAddCommand extends StoreCommand {

    @Parameters(paramLabel = "NAME", description = "The client's name.")
    String name;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes about the client.")
    String notes = "";

    @Override
    int run(ClientStore store) throws StoreException {
        Client client = store.addClient(name, notes);
        out().println("Added client " + client.id() + ": " + TerminalText.safe(client.name()));
        return 0;
    }
}
