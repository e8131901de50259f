package org.calfcheck.store;

/** What an import does when a client with the same name (ignoring case) already exists. */
public enum ClashPolicy {
    /** Refuse and explain the choices. */
    REFUSE,
    /** Import as a new client named "Name (2)". */
    RENAME,
    /** Add the file's assessments to the existing client, skipping ones it already has. */
    MERGE,
    /** Import nothing. */
    SKIP
}
