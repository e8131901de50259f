package org.calfcheck.platform;

import ch.qos.logback.core.PropertyDefinerBase;
import java.io.IOException;

/**
 * Tells the logging configuration (logback.xml) where the log files go: {@link UserFolders#state()}, so a test
 * run with {@code -Dcalfcheck.home} logs under the build folder. The system property {@code calfcheck.logdir}
 * overrides it. Resolved by logback itself, so it holds however early the first logger is created.
 */
public final class LogFolder extends PropertyDefinerBase {

    public static final String PROPERTY = "calfcheck.logdir";

    @Override
    public String getPropertyValue() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return override;
        }
        try {
            return UserFolders.fromEnvironment().ensureExists().state().toString();
        } catch (IOException | RuntimeException e) {
            addWarn("Cannot create the log folder, logging to the temporary folder: " + e);
            return System.getProperty("java.io.tmpdir");
        }
    }
}
