package org.calfcheck.ui.coach;

import org.calfcheck.store.Client;

/** Whom to save an assessment for: a client who exists, or a new one by name. */
public sealed interface ClientChoice {

    record Existing(Client client) implements ClientChoice {
    }

    record New(String name) implements ClientChoice {
    }
}
