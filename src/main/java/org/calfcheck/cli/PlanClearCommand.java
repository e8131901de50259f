package org.calfcheck.cli;

import java.time.LocalDate;
import org.calfcheck.engine.recovery.Clearance;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clear", description = "Record that a doctor or physiotherapist has cleared the runner to (re)start.")
final class PlanClearCommand extends JournalCommand {

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Who cleared the runner and what they said.")
    String note;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the clearance (default: today).")
    LocalDate date;

    @Override
    int run(ClientStore store) throws StoreException {
        Client client = client(store);
        var journal = journal(store);
        LocalDate day = date == null ? journal.today() : date;
        journal.clear(client.id(), new Clearance(day, note));
        out().println("Recorded a clearance for " + client.name() + " on " + day + ".");
        return 0;
    }
}
