package org.calfcheck.store;

/** Something the person can act on: a file in use, corrupt or foreign, an unknown client, a bad import file. */
public final class StoreException extends Exception {

    /** What went wrong, so the command line and the app can pick the right words and exit code. */
    public enum Kind {
        /** Another CalfCheck holds the database longer than the busy timeout. */
        IN_USE,
        /** The database file is not ours, damaged, or from a newer CalfCheck. Never overwritten. */
        UNUSABLE_FILE,
        /** No client or assessment with that id. */
        NOT_FOUND,
        /** A value the person typed that cannot be used (an empty name). */
        INVALID,
        /** An import file that is not a valid CalfCheck client file. */
        BAD_IMPORT,
        /** An imported client's name is already taken and no choice was made. */
        NAME_CLASH,
        /** An output file exists and --force was not given, or it cannot be written. */
        OUTPUT,
        /** Anything else from the database or the file system. */
        FAILURE
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the person (or the file they gave) can fix it: exit code 2 on the command line. */
    public boolean isBadInput() {
        return kind != Kind.FAILURE;
    }
}
