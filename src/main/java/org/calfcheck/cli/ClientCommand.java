package org.calfcheck.cli;

import picocli.CommandLine.Command;

/** {@code calfcheck client ...}: the coach's clients from the command line. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Keep clients and their saved assessments.",
        subcommands = {ClientAddCommand.class, ClientListCommand.class, ClientHistoryCommand.class,
                ClientExportCommand.class, ClientImportCommand.class, ClientDeleteCommand.class})
public final class ClientCommand {
}
