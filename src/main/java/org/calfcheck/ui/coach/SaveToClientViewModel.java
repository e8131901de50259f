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

    private void write(java.util.concurrent.Callable<Client> whom, Answers answers, Assessment assessment,
                       Consumer<SavedAssessment> onSaved) {
        background.run(() -> {
            Client client = whom.call();
            return new Saved(store.save(client.id(), answers, assessment), client);
        }, saved -> {
            dialogs.showInfo("Saved", "This assessment is now in " + saved.client().name()
                    + "'s history on the Coach page.");
            onSaved.accept(saved.assessment());
        }, CoachErrors.showing(dialogs, "The assessment could not be saved"));
    }
}
