package org.calfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Main builds only the command the arguments name, and every command when they name none. */
class CommandChoiceTest {

    private static final Set<String> ALL = Set.of("validate-content", "assess", "client", "plan", "checkin");

    private static Optional<String> named(String... args) {
        return Main.commandNamedIn(args, new CommandLine(new Main()).getCommandSpec());
    }

    @Test
    void theFirstCommandNameIsTheCommand() {
        assertEquals(Optional.of("assess"), named("assess", "a.json"));
        assertEquals(Optional.of("client"), named("client", "add", "assess"));
        assertEquals(Optional.of("validate-content"), named("validate-content", "dir"));
    }

    @Test
    void theValuesOfTopLevelOptionsAreNotCommands() {
        assertEquals(Optional.of("assess"), named("--content", "client", "assess", "a.json"));
        assertEquals(Optional.of("client"), named("--data-dir", "assess", "client", "list"));
        assertEquals(Optional.of("assess"), named("--content=client", "assess", "a.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "--version", "asses", "help"})
    void argumentsThatNameNoCommandNameNone(String arg) {
        String[] args = arg.isEmpty() ? new String[0] : new String[] {arg, "assess"};
        assertEquals(Optional.empty(), named(args));
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("assess"), Main.commandLineFor("assess", "a.json").getSubcommands().keySet());
        assertEquals(Set.of("client"), Main.commandLineFor("--data-dir", "d", "client", "list").getSubcommands().keySet());
    }

    @Test
    void withoutACommandEveryCommandIsBuilt() {
        assertEquals(ALL, Main.commandLineFor("--help").getSubcommands().keySet());
        assertEquals(ALL, Main.commandLineFor().getSubcommands().keySet());
    }

    @Test
    void helpStillListsEveryCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLineFor("--help");
        cli.setOut(new PrintWriter(out, true));

        assertEquals(0, cli.execute("--help"));

        ALL.forEach(name -> assertTrue(out.toString().contains(name), () -> name + " missing from\n" + out));
    }

    @Test
    void aMistypedCommandStillGetsASuggestion() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLineFor("asses", "a.json");
        cli.setErr(new PrintWriter(err, true));

        assertEquals(2, cli.execute("asses", "a.json"));

        assertTrue(err.toString().contains("assess"), err::toString);
    }
}
