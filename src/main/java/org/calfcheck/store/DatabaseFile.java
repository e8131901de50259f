package org.calfcheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.calfcheck.platform.OutputFile;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens the database file safely: creates it owner-only, refuses (without writing a byte) a file that is not a
 * CalfCheck database or comes from a newer CalfCheck, then switches to WAL and migrates forward.
 */
final class DatabaseFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final int BUSY_TIMEOUT_MS = 5000;

    private DatabaseFile() {
    }

    static Connection open(Path file) throws StoreException {
        Path path = file.toAbsolutePath();
        if (Files.isDirectory(path.getParent()) && withoutWritePermission(path.getParent())) {
            // SQLite must create -wal and -shm in the folder: without a probe here a read-only folder surfaced as
            // raw SQLite text, and root (whom the system lets write) wrote into a folder marked read-only
            if (!Files.isRegularFile(path)) {
                throw new StoreException(StoreException.Kind.UNUSABLE_FILE, "CalfCheck cannot keep its data in "
                        + path.getParent() + ": the folder is read-only. Choose another folder with --data-dir,"
                        + " or fix the permissions.");
            }
            checkHeader(path);
            return openReadOnly(path);
        }
        createIfAbsent(path);
        checkHeader(path);
        if (withoutWritePermission(path)) {
            return openReadOnly(path);
        }
        // a file that is not known to be ours is looked at read-only: a foreign database (and its -wal and -shm)
        // must not change by a byte, which a read-write connection does on close (a checkpoint)
        checkReadOnly(path);
        return prepared(connect(path, false), path, connection -> {
            checkSchema(connection, path);
            try (Statement statement = connection.createStatement()) {
                if (!"wal".equalsIgnoreCase(stringPragma(connection, "journal_mode"))) {
                    statement.execute("PRAGMA journal_mode = WAL");
                }
                statement.execute("PRAGMA synchronous = FULL"); // an acknowledged save survives a power cut
            }
            Migrations.migrateTo(connection, Migrations.CURRENT);
            restrictCompanions(path);
        });
    }

    /** What is done to a fresh connection before it is handed out; on any failure the connection is closed. */
    @FunctionalInterface
    private interface Preparation {
        void apply(Connection connection) throws SQLException, StoreException;
    }

    private static Connection prepared(Connection connection, Path path, Preparation preparation)
            throws StoreException {
        try {
            preparation.apply(connection);
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw translate(e, path);
        } catch (StoreException e) {
            close(connection);
            throw e;
        }
    }

    /**
     * A file (or folder) the owner may not write is read as it stands. Root may write it anyway, so the mode bits count too:
     * read-write, SQLite would leave {@code -wal} and {@code -shm} beside a file the person meant to keep as is.
     */
    private static boolean withoutWritePermission(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            return isPosix() && !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Immutable, SQLite neither creates nor needs {@code -shm}; a {@code -wal} already there (a CalfCheck that did not
     * close) is still read, read-only. Any write then fails as SQLITE_READONLY, which {@link #translate} words.
     */
    private static Connection openReadOnly(Path path) throws StoreException {
        try {
            if (Files.size(path) == 0) {
                throw new StoreException(StoreException.Kind.UNUSABLE_FILE, "The CalfCheck data file " + path
                        + " is empty and read-only. Choose another folder with --data-dir, or fix the permissions.");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNUSABLE_FILE,
                    "Could not read the CalfCheck data file " + path + ": " + e.getMessage(), e);
        }
        boolean pendingWal = Files.exists(Path.of(path + "-wal"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection connection;
        try {
            String uri = path.toUri() + (pendingWal ? "" : "?immutable=1");
            connection = DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
        } catch (SQLException e) {
            throw translate(e, path);
        }
        return prepared(connection, path, opened -> {
            checkSchema(opened, path);
            if (Migrations.userVersion(opened) < Migrations.CURRENT) {
                throw new StoreException(StoreException.Kind.UNUSABLE_FILE, path + " is read-only and was written"
                        + " by an older CalfCheck, so it cannot be updated to be read. Make it writable (chmod u+w)"
                        + " or copy it into another folder given with --data-dir.");
            }
        });
    }

    private static void checkReadOnly(Path path) throws StoreException {
        try {
            if (Files.size(path) == 0) {
                return; // just created, or created and never written: ours to fill
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNUSABLE_FILE,
                    "Could not read the CalfCheck data file " + path + ": " + e.getMessage(), e);
        }
        Connection look = connect(path, true);
        try {
            checkSchema(look, path);
        } catch (SQLException e) {
            throw translate(e, path);
        } finally {
            close(look);
        }
    }

    static StoreException translate(SQLException e, Path path) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_FULL.code || OutputFile.isDiskFull(e)) {
            return new StoreException(StoreException.Kind.FAILURE, "The disk holding " + path + " is full; nothing"
                    + " was saved. Free some space and try again.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || code == SQLiteErrorCode.SQLITE_PERM.code) {
            return new StoreException(StoreException.Kind.UNUSABLE_FILE, "CalfCheck cannot write its data in "
                    + path + ": the file or its folder is read-only or not yours. Choose another folder with"
                    + " --data-dir, or fix the permissions.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException(StoreException.Kind.IN_USE, "The CalfCheck data in " + path
                    + " is in use by another CalfCheck and stayed busy for " + BUSY_TIMEOUT_MS / 1000
                    + " s. Close the other window or command and try again.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return unusable(path, "it is damaged or not an SQLite database", e);
        }
        if (nearlyFull(path)) {
            // SQLite's own words after a full disk can be "cannot commit - no transaction is active"
            return new StoreException(StoreException.Kind.FAILURE, "The disk holding " + path + " is full; nothing"
                    + " was saved. Free some space and try again.", e);
        }
        return new StoreException(StoreException.Kind.FAILURE, "The CalfCheck data in " + path
                + " could not be read or written: " + e.getMessage(), e);
    }

    private static boolean nearlyFull(Path path) {
        try {
            Path folder = path.getParent() == null ? path : path.getParent();
            return Files.getFileStore(folder).getUsableSpace() < 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static StoreException unusable(Path path, String why, Throwable cause) {
        return new StoreException(StoreException.Kind.UNUSABLE_FILE, path + " is not usable as CalfCheck data: "
                + why + ". CalfCheck left the file untouched; move it away, or choose another folder with"
                + " --data-dir.", cause);
    }

    private static void createIfAbsent(Path path) throws StoreException {
        try {
            Path parent = path.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                if (isPosix()) {
                    Files.createDirectories(parent,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(parent);
                }
            }
            if (isPosix()) {
                Files.createFile(path,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            // normal: opened before
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNUSABLE_FILE,
                    "Could not create the CalfCheck data file " + path + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(Path path) throws StoreException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw unusable(path, "it is not a database file", null);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNUSABLE_FILE,
                    "Could not read the CalfCheck data file " + path + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path, boolean readOnly) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        } catch (SQLException e) {
            throw translate(e, path);
        }
    }

    private static void checkSchema(Connection connection, Path path) throws SQLException, StoreException {
        int applicationId = Migrations.applicationId(connection);
        int version = Migrations.userVersion(connection);
        int objects;
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            objects = result.next() ? result.getInt(1) : 0;
        }
        boolean fresh = applicationId == 0 && version == 0 && objects == 0;
        if (!fresh && applicationId != Migrations.APPLICATION_ID) {
            throw unusable(path, "it is an SQLite database of another program", null);
        }
        if (!fresh && version >= 1 && version <= Migrations.CURRENT && !hasOurTables(connection)) {
            throw unusable(path, "it carries CalfCheck's mark but not CalfCheck's tables", null);
        }
        if (version > Migrations.CURRENT) {
            throw new StoreException(StoreException.Kind.UNUSABLE_FILE, path + " was written by a newer CalfCheck"
                    + " (data version " + version + "; this one knows up to " + Migrations.CURRENT
                    + "). Update CalfCheck to open it; the file was left untouched.");
        }
    }

    private static boolean hasOurTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                     + " AND name IN ('client', 'assessment')")) {
            return result.next() && result.getInt(1) == 2;
        }
    }

    private static String stringPragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getString(1) : "";
        }
    }

    /** SQLite gives -wal and -shm the database's mode, but check: they hold the same health data. */
    private static void restrictCompanions(Path path) {
        if (!isPosix()) {
            return;
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = Path.of(path + suffix);
            try {
                if (Files.exists(companion)) {
                    Files.setPosixFilePermissions(companion, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException | UnsupportedOperationException e) {
                LoggerFactory.getLogger(DatabaseFile.class).warn("Could not make {} owner-only: {}", companion, e.getMessage());
            }
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LoggerFactory.getLogger(DatabaseFile.class).debug("closing after a failed open", e);
        }
    }
}
