package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.List;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.DamagedAssessment;
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
        List<DamagedAssessment> left = store.exportClient(id, out, force);
        int written = store.assessmentCount(id) - left.size();
        out().println("Exported " + TerminalText.safe(store.client(id).name()) + " (" + written
                + (written == 1 ? " assessment" : " assessments") + ") to "
                + TerminalText.safe(out.toAbsolutePath().toString()));
        if (left.isEmpty()) {
            return Main.EXIT_OK;
        }
        for (DamagedAssessment damaged : left) {
            err().println("Not exported: saved assessment " + damaged.id()
                    + damaged.takenAt().map(t -> " of " + CliJson.dateTime(t)).orElse("") + ": " + damaged.problem());
        }
        err().println(left.size() + (left.size() == 1 ? " saved assessment" : " saved assessments")
                + " could not be read and " + (left.size() == 1 ? "is" : "are") + " not in the file.");
        return Main.EXIT_FAILURE;
    }
}
