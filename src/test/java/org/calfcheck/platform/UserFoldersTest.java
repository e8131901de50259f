package org.calfcheck.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {

    private static UserFolders.Lookup of(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    private static UserFolders on(String os, Map<String, String> env) {
        return UserFolders.resolve(of(env), of(Map.of("os.name", os, "user.home", "/home/ann")));
    }

    @Test
    void linuxUsesTheXdgDefaultsUnderHome() {
        UserFolders folders = on("Linux", Map.of());

        assertEquals(Path.of("/home/ann/.local/share/calfcheck"), folders.data());
        assertEquals(Path.of("/home/ann/.config/calfcheck"), folders.config());
        assertEquals(Path.of("/home/ann/.local/state/calfcheck"), folders.state());
        assertEquals(Path.of("/home/ann/.cache/calfcheck"), folders.cache());
    }

    @Test
    void linuxHonoursXdgVariablesButIgnoresRelativeOnes() {
        UserFolders folders = on("Linux", Map.of("XDG_DATA_HOME", "/data", "XDG_STATE_HOME", "relative/state",
                "XDG_CACHE_HOME", "/var/cache/ann"));

        assertEquals(Path.of("/data/calfcheck"), folders.data());
        assertEquals(Path.of("/home/ann/.local/state/calfcheck"), folders.state());
        assertEquals(Path.of("/var/cache/ann/calfcheck"), folders.cache());
    }

    @Test
    void windowsUsesRoamingForDataAndLocalForLogsAndCache() {
        String roaming = "C:\\Users\\ann\\AppData\\Roaming";
        String local = "C:\\Users\\ann\\AppData\\Local";
        UserFolders folders = on("Windows 11", Map.of("APPDATA", roaming, "LOCALAPPDATA", local));

        assertEquals(Path.of(roaming, "CalfCheck", "data"), folders.data());
        assertEquals(Path.of(roaming, "CalfCheck", "config"), folders.config());
        assertEquals(Path.of(local, "CalfCheck", "logs"), folders.state());
        assertEquals(Path.of(local, "CalfCheck", "cache"), folders.cache());
    }

    @Test
    void macUsesTheLibraryFolders() {
        UserFolders folders = on("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"));

        assertEquals(Path.of("/home/ann/Library/Application Support/CalfCheck"), folders.data());
        assertEquals(Path.of("/home/ann/Library/Logs/CalfCheck"), folders.state());
        assertEquals(Path.of("/home/ann/Library/Caches/CalfCheck"), folders.cache());
    }

    @Test
    void theHomePropertyPutsEverythingUnderOneFolderOnAnySystem(@TempDir Path home) {
        UserFolders folders = UserFolders.resolve(of(Map.of("APPDATA", "C:\\x")),
                of(Map.of("os.name", "Windows 10", "calfcheck.home", home.toString())));

        assertEquals(new UserFolders(home.resolve("data"), home.resolve("config"), home.resolve("state"),
                home.resolve("cache")), folders);
    }

    @Test
    void testsRunUnderTheBuildFolderNotTheRealHome() {
        String home = System.getProperty("calfcheck.home");
        assumeTrue(home != null, "calfcheck.home is set by the pom's test argLine");

        assertTrue(UserFolders.fromEnvironment().data().startsWith(Path.of(home).toAbsolutePath()));
    }

    @Test
    void ensureExistsCreatesOwnerOnlyFolders(@TempDir Path home) throws Exception {
        UserFolders folders = UserFolders.resolve(of(Map.of()), of(Map.of("calfcheck.home", home.toString())));

        folders.ensureExists();

        for (Path folder : folders.all()) {
            assertTrue(Files.isDirectory(folder), folder::toString);
        }
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folders.state())));
    }
}
