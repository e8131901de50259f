package org.calfcheck.cli;

import java.util.List;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.store.StoreException;
import org.calfcheck.store.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "start", description = {"Start a client's recovery plan today from a saved assessment.",
        "Refused at URGENT or EMERGENCY until a professional's clearance is recorded (plan clear)."})
final class PlanStartCommand extends JournalCommand {

    @Option(names = "--from", paramLabel = "ASSESSMENT",
            description = "The saved assessment to start from (default: the client's latest).")
    Long from;

    @Option(names = "--replace", description = "Start again when the client already has a plan.")
    boolean replace;

    @Override
    int run(ClientStore store) throws StoreException {
        Client client = client(store);
        SavedAssessment assessment;
        if (from != null) {
            assessment = store.assessment(from);
        } else {
            List<SavedAssessment> saved = store.assessments(client.id());
            if (saved.isEmpty()) {
                throw new StoreException(StoreException.Kind.INVALID, client.name() + " has no saved assessment:"
                        + " run \"calfcheck assess ANSWERS --save\" first, then start the plan from it.");
            }
            assessment = saved.get(saved.size() - 1);
        }
        StoredPlan plan = journal(store).start(client.id(), assessment, replace);
        out().println("Started " + client.name() + "'s recovery plan on " + plan.startedOn() + " from assessment "
                + assessment.id() + " (" + plan.careLevel().name() + "). Check in each morning with"
                + " \"calfcheck checkin\".");
        return 0;
    }
}
