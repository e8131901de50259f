package org.calfcheck.cli;

import java.nio.file.Path;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write one client and all their assessments to a portable JSON file.")
final class ClientExportCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", description = "The client's id.")
    long id;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    int run(ClientStore store) throws StoreException {
        store.exportClient(id, out, force);
        out().println("Exported " + store.client(id).name() + " (" + store.assessmentCount(id)
                + " assessments) to " + out.toAbsolutePath());
        return 0;
    }
}
