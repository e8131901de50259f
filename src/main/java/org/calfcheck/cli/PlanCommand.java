package org.calfcheck.cli;

import picocli.CommandLine.Command;

/** {@code calfcheck plan ...}: the return-to-run plan. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Start and follow a return-to-run plan that moves with the daily check-ins.",
        subcommands = {PlanStartCommand.class, PlanShowCommand.class, PlanClearCommand.class})
public final class PlanCommand {
}
