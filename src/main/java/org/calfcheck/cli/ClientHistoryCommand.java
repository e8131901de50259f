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
                if (row.isDamaged()) {
                    json.put("damaged", row.damage().get());
                } else {
                    json.put("careLevel", row.careLevel().name());
                    json.put("topCauses", row.topCauses());
                    json.put("painNow", row.painNow());
                }
                rows.add(json);
            }
            out().println(CliJson.write(Map.of("client", client.name(), "history", rows)));
            return reportDamaged(history);
        }
        out().println(TerminalText.safe(client.name()) + (client.archived() ? " (archived)" : "") + " — "
                + history.size() + " saved assessment" + (history.size() == 1 ? "" : "s"));
        for (HistoryRow row : history) {
            if (row.isDamaged()) {
                out().printf("%-16s  %-10s  %s%n", row.takenAt().equals(java.time.Instant.EPOCH) ? "?"
                        : CliJson.dateTime(row.takenAt()), "DAMAGED", "saved assessment " + row.assessmentId()
                        + " cannot be read: " + row.damage().get());
                continue;
            }
            out().printf("%s  %-10s  pain %-4s  %s%n", CliJson.dateTime(row.takenAt()),
                    row.careLevel().name(), row.painNow().map(p -> String.valueOf(Math.round(p))).orElse("–"),
                    TerminalText.safe(row.topCauses().isEmpty() ? "no clear cause"
                            : String.join(", ", row.topCauses())));
        }
        return reportDamaged(history);
    }

    /** Exit 1 with a line on stderr when a saved assessment could not be read, after showing all the others. */
    private int reportDamaged(List<HistoryRow> history) {
        long damaged = history.stream().filter(HistoryRow::isDamaged).count();
        if (damaged == 0) {
            return Main.EXIT_OK;
        }
        err().println(damaged + (damaged == 1 ? " saved assessment" : " saved assessments")
                + " could not be read (marked DAMAGED); the others are shown.");
        return Main.EXIT_FAILURE;
    }
}
