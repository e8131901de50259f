package org.calfcheck.cli;

/** {@code --format}: a table for people, JSON for scripts. */
enum OutputFormat {
    text, json
}
