package org.calfcheck.ui.coach;

import java.util.List;
import java.util.Optional;
import org.calfcheck.store.Client;

/** Asks whom to save for; empty when the person cancelled. The app uses {@link FxClientChooser}. */
@FunctionalInterface
public interface ClientChooser {

    Optional<ClientChoice> choose(List<Client> clients);
}
