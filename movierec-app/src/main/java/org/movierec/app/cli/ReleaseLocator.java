package org.movierec.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the data set a command names: an existing directory or zip, or the name of a release in the
 * download cache ({@code $XDG_CACHE_HOME/movierec} or {@code ~/.cache/movierec}, as a folder or a zip).
 */
final class ReleaseLocator {
    private static final String RELEASE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private ReleaseLocator() {
    }

    /** The download cache folder. */
    static Path cache(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("movierec");
    }

    /**
     * The path of the data set.
     *
     * @throws IllegalArgumentException naming what was looked for, when there is none
     */
    static Path locate(String pathOrRelease, Map<String, String> environment) {
        Path path = Path.of(pathOrRelease);
        if (Files.exists(path)) {
            return path;
        }
        if (!pathOrRelease.matches(RELEASE_NAME)) {
            throw new IllegalArgumentException("no such file or directory: " + pathOrRelease);
        }
        Path cache = cache(environment);
        for (Path candidate : new Path[] {cache.resolve(pathOrRelease), cache.resolve(pathOrRelease + ".zip")}) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no file or directory " + pathOrRelease + ", and no release of that name in "
                + cache + "; run movierec download " + pathOrRelease + " first, or give the release's path");
    }
}
