package org.calfcheck.cli;

import java.io.Console;
import java.util.Locale;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Delete a client and all their assessments permanently.")
final class ClientDeleteCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", description = "The client's id.")
    long id;

    @Option(names = "--yes", description = "Do not ask; needed when there is no terminal to ask on.")
    boolean yes;

    @Override
    int run(ClientStore store) throws StoreException {
        Client client = store.client(id);
        int count = store.assessmentCount(id);
        String question = "Delete " + TerminalText.safe(client.name()) + " and " + count + " assessment" + (count == 1 ? "" : "s")
                + " permanently?";
        if (!yes) {
            Console console = System.console();
            if (console == null) {
                err().println(question + " Nothing was deleted: add --yes to confirm (there is no terminal to ask).");
                return 2;
            }
            String answer = console.readLine("%s [y/N] ", question);
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                out().println("Nothing was deleted.");
                return 0;
            }
        }
        store.deleteClient(id);
        out().println("Deleted " + TerminalText.safe(client.name()) + " and " + count + " assessment" + (count == 1 ? "" : "s") + ".");
        return 0;
    }
}
