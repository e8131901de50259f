package org.calfcheck.content;

import java.util.regex.Pattern;

/** Maps {@code manifest.json}: the content version a saved assessment records. */
final class ManifestMapper {

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private ManifestMapper() {
    }

    static String read(JsonTreeReader root) {
        root.allowFields("version");
        String version = root.text("version");
        if (!version.isEmpty() && !VERSION.matcher(version).matches()) {
            root.problemAt("version", "\"" + version + "\" is not a version like 1.0.0");
        }
        return version;
    }
}
