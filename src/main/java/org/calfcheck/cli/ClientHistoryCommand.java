package org.calfcheck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.HistoryRow;
import org.calfcheck.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", description = "A client's saved assessments, oldest first.")
final class ClientHistoryCommand extends StoreCommand {

    @Parameters(paramLabel = "ID", description = "The client's id (see: client list).")
    long id;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    OutputFormat format = OutputFormat.text;

    @Override
    int run(ClientStore store) throws StoreException {
        Client client = store.client(id);
        List<HistoryRow> history = store.history(id);
        if (format == OutputFormat.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (HistoryRow row : history) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("assessmentId", row.assessmentId());
                json.put("takenAt", row.takenAt().toString());
                json.put("careLevel", row.careLevel().name());
                json.put("topCauses", row.topCauses());
                json.put("painNow", row.painNow());
                rows.add(json);
            }
            out().println(CliJson.write(Map.of("client", client.name(), "history", rows)));
            return 0;
        }
        out().println(client.name() + (client.archived() ? " (archived)" : "") + " — " + history.size()
                + " saved assessment" + (history.size() == 1 ? "" : "s"));
        for (HistoryRow row : history) {
            out().printf("%s  %-10s  pain %-4s  %s%n", CliJson.DATE_TIME.format(row.takenAt()),
                    row.careLevel().name(), row.painNow().map(p -> String.valueOf(Math.round(p))).orElse("–"),
                    row.topCauses().isEmpty() ? "no clear cause" : String.join(", ", row.topCauses()));
        }
        return 0;
    }
}
