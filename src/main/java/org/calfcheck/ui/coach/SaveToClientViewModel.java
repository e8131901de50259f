package org.calfcheck.ui.coach;

import java.util.function.Consumer;
import org.calfcheck.engine.Answers;
import org.calfcheck.engine.Assessment;
import org.calfcheck.store.Client;
import org.calfcheck.store.ClientStore;
import org.calfcheck.store.SavedAssessment;
import org.calfcheck.ui.BackgroundRunner;
import org.calfcheck.ui.DialogService;

/**
 * The results view's "Save to client…": with no clients yet (a runner on their own) it saves to "Me" without
 * asking; otherwise it asks whom for (an existing client or a new name) and saves the assessment as computed.
 */
public final class SaveToClientViewModel {

    private final ClientStore store;
    private final BackgroundRunner background;
    private final DialogService dialogs;
    private final ClientChooser chooser;

    public SaveToClientViewModel(ClientStore store, BackgroundRunner background, DialogService dialogs,
                                 ClientChooser chooser) {
        this.store = store;
        this.background = background;
        this.dialogs = dialogs;
        this.chooser = chooser;
    }

    /** Saves; {@code onSaved} runs on the FX thread after the commit (e.g. to refresh the coach page). */
    public void save(Answers answers, Assessment assessment, Consumer<SavedAssessment> onSaved) {
        background.run(() -> store.clients(false), clients -> {
            if (clients.isEmpty()) {
                write(() -> store.defaultClient(), answers, assessment, onSaved);
                return;
            }
            chooser.choose(clients).ifPresent(choice -> write(() -> choice instanceof ClientChoice.Existing existing
                    ? existing.client() : store.addClient(((ClientChoice.New) choice).name(), ""),
                    answers, assessment, onSaved));
        }, CoachErrors.showing(dialogs, "The clients could not be loaded"));
    }

    private record Saved(SavedAssessment assessment, Client client) {
    }

    private record Target(Client client, boolean alreadySaved) {
    }

    private void write(java.util.concurrent.Callable<Client> whom, Answers answers, Assessment assessment,
                       Consumer<SavedAssessment> onSaved) {
        background.run(() -> {
            Client client = whom.call();
            // the same answers with the same result: most likely "Save" pressed twice
            boolean same = store.assessments(client.id()).stream()
                    .anyMatch(one -> one.answers().equals(answers) && one.assessment().equals(assessment));
            return new Target(client, same);
        }, target -> {
            if (target.alreadySaved() && !dialogs.confirm("Already saved", target.client().name()
                    + "'s history already has this check with the same answers and result. Save it again?",
                    "Save again")) {
                return;
            }
            background.run(() -> new Saved(store.save(target.client().id(), answers, assessment), target.client()),
                    saved -> {
                        dialogs.showInfo("Saved", "This assessment is now in " + saved.client().name()
                                + "'s history on the Coach page.");
                        onSaved.accept(saved.assessment());
                    }, CoachErrors.showing(dialogs, "The assessment could not be saved"));
        }, CoachErrors.showing(dialogs, "The assessment could not be saved"));
    }
}
