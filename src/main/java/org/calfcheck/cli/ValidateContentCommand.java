package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.calfcheck.content.Content;
import org.calfcheck.content.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate-content [DIR]}: checks content files and lists every problem, for authors. */
@Command(name = "validate-content", mixinStandardHelpOptions = true,
        description = {"Check content files and list every problem (file, JSON path, message).",
                "Exit code 0 when the content is valid, 2 when it has problems."})
final class ValidateContentCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "Folder with the content files (default: --content, else the packaged content).")
    private Path dir;

    @Override
    public Integer call() {
        ContentSource source = dir == null ? main.contentSource() : ContentSource.folder(dir);
        try {
            // in full: the packaged content's mark from the build spares the app the check, not this command
            Content content = source.loader().checkInFull();
            spec.commandLine().getOut().println("OK: content " + content.version() + " from " + source.origin()
                    + ": " + counts(content));
            return Main.EXIT_OK;
        } catch (ContentException e) {
            return Main.reportContentProblems(e, source, spec.commandLine().getErr());
        }
    }

    static String counts(Content content) {
        return content.causes().size() + " causes, " + content.exercises().size() + " exercises, "
                + content.recovery().size() + " recovery steps, " + content.advice().size() + " advice, "
                + content.redFlags().size() + " red flags, " + content.questionnaire().questions().size()
                + " questions in " + content.questionnaire().sections().size() + " sections, "
                + content.rules().size() + " rules";
    }
}
