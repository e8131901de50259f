package org.calfcheck.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes a checked client file inside the store's transaction, applying the chosen clash policy. */
final class ImportWriter {

    private final ClientStore store;

    ImportWriter(ClientStore store) {
        this.store = store;
    }

    ImportResult write(ClientTransfer.ClientFile file, ClashPolicy policy) throws SQLException, StoreException {
        List<Client> same = store.clientsNamed(file.name());
        if (same.isEmpty()) {
            Client created = store.insertClient(file.name(), file.notes(), file.archived(), file.created());
            new RecoveryImport(store).add(created.id(), file.recovery());
            return new ImportResult(Optional.of(created), addAll(created.id(), file, Set.of()), 0, policy);
        }
        Client existing = same.get(0);
        return switch (policy) {
            case REFUSE -> throw new StoreException(StoreException.Kind.NAME_CLASH, "A client named \""
                    + existing.name() + "\" already exists (id " + existing.id() + "). Choose what to do: "
                    + "--on-clash rename (import as a new client with a new name), merge (add the file's"
                    + " assessments to the existing client) or skip (import nothing).");
            case SKIP -> new ImportResult(Optional.empty(), 0, file.assessments().size(), policy);
            case RENAME -> {
                Client created = store.insertClient(freeName(file.name()), file.notes(), file.archived(),
                        file.created());
                new RecoveryImport(store).add(created.id(), file.recovery());
                yield new ImportResult(Optional.of(created), addAll(created.id(), file, Set.of()), 0, policy);
            }
            case MERGE -> {
                Set<String> present = new HashSet<>();
                for (SavedAssessment saved : store.assessmentsOf(existing.id())) {
                    present.add(key(saved.takenAt().toString(), store.json().writeAssessment(saved.assessment())));
                }
                int added = addAll(existing.id(), file, present);
                new RecoveryImport(store).merge(existing.id(), file.recovery());
                yield new ImportResult(Optional.of(existing), added, file.assessments().size() - added, policy);
            }
        };
    }

    private int addAll(long clientId, ClientTransfer.ClientFile file, Set<String> present) throws SQLException {
        int added = 0;
        for (ClientTransfer.Entry entry : file.assessments()) {
            String key = key(entry.takenAt().toString(), store.json().writeAssessment(entry.assessment()));
            if (!present.contains(key)) {
                store.insertAssessment(clientId, entry.takenAt(), entry.answers(), entry.assessment(),
                        entry.coachNotes());
                added++;
            }
        }
        return added;
    }

    private String freeName(String name) throws SQLException {
        for (int n = 2; ; n++) {
            String candidate = name + " (" + n + ")";
            if (store.clientsNamed(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static String key(String takenAt, String assessmentJson) {
        return takenAt + "\n" + assessmentJson;
    }
}
