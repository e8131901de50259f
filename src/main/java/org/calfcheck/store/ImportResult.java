package org.calfcheck.store;

import java.util.Optional;

/**
 * What an import did.
 *
 * @param client    the client that received the assessments; empty when skipped
 * @param added     assessments written
 * @param unchanged assessments already present (merge) or not written (skip)
 */
public record ImportResult(Optional<Client> client, int added, int unchanged, ClashPolicy appliedPolicy) {
}
