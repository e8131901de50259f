package org.calfcheck.cli;

import java.nio.file.Path;
import org.calfcheck.content.ContentException;
import org.calfcheck.engine.AnswerProblem;
import org.calfcheck.engine.Engine;
import org.calfcheck.store.ClashPolicy;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.ImportResult;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Read a client file written by 'client export'. All of it, or nothing.")
final class ClientImportCommand extends StoreCommand {

    /** The choices a person can type; refusing is what happens without the option. */
    enum OnClash {
        rename, merge, skip
    }

    @Parameters(paramLabel = "FILE", description = "The client file.")
    Path file;

    @Option(names = "--on-clash", paramLabel = "rename|merge|skip",
            description = "When a client of that name exists: rename (new client), merge (add the assessments),"
                    + " or skip. Without it, the import stops and asks.")
    OnClash onClash;

    @Override
    int run(ClientStore store) throws StoreException {
        ClashPolicy policy = onClash == null ? ClashPolicy.REFUSE : ClashPolicy.valueOf(onClash.name().toUpperCase(
                java.util.Locale.ROOT));
        Engine engine;
        try {
            engine = new Engine(main().contentSource().load());
        } catch (ContentException e) {
            return Main.reportContentProblems(e, main().contentSource(), err());
        }
        ImportResult result = store.importClient(file, policy,
                answers -> engine.checkValues(answers).stream().map(AnswerProblem::toString).toList());
        if (result.client().isEmpty()) {
            out().println("Skipped: a client of that name already exists; nothing was imported.");
        } else {
            out().println("Imported " + result.added() + " assessment" + (result.added() == 1 ? "" : "s")
                    + " into client " + result.client().get().id() + ": "
                    + TerminalText.safe(result.client().get().name())
                    + (result.unchanged() > 0 ? " (" + result.unchanged() + " already there)" : ""));
        }
        return 0;
    }
}
