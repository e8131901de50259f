package org.calfcheck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List clients by name (archived ones with --all).")
final class ClientListCommand extends StoreCommand {

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--all", description = "Include archived clients.")
    boolean all;

    @Override
    int run(ClientStore store) throws StoreException {
        List<Client> clients = store.clients(all);
        if (format == OutputFormat.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Client client : clients) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", client.id());
                row.put("name", client.name());
                row.put("notes", client.notes());
                row.put("archived", client.archived());
                row.put("created", client.created().toString());
                row.put("assessments", store.assessmentCount(client.id()));
                rows.add(row);
            }
            out().println(CliJson.write(rows));
            return 0;
        }
        if (clients.isEmpty()) {
            out().println(all ? "No clients yet. Add one with: calfcheck client add NAME"
                    : "No clients (archived ones are shown with --all).");
            return 0;
        }
        out().printf("%6s  %-30s  %11s  %s%n", "ID", "NAME", "ASSESSMENTS", "NOTES");
        for (Client client : clients) {
            out().printf("%6d  %-30s  %11d  %s%n", client.id(),
                    TerminalText.safe(client.name()) + (client.archived() ? " (archived)" : ""),
                    store.assessmentCount(client.id()), TerminalText.safe(client.notes()));
        }
        return 0;
    }
}
