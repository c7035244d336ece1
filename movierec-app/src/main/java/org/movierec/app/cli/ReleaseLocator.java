package org.movierec.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.movierec.core.io.ReleaseDownloader;

/**
 * Finds the data set a command names: an existing directory or zip, or the name of a release that
 * {@code movierec download} put in its cache ({@link ReleaseDownloader#defaultCache()}, as a zip or a
 * folder of that name).
 */
final class ReleaseLocator {
    private static final String RELEASE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private ReleaseLocator() {
    }

    /**
     * The path of the data set.
     *
     * @throws IllegalArgumentException naming what was looked for, when there is none
     */
    static Path locate(String pathOrRelease) {
        Path path = Path.of(pathOrRelease);
        if (Files.exists(path)) {
            return path;
        }
        if (!pathOrRelease.matches(RELEASE_NAME)) {
            throw new IllegalArgumentException("no such file or directory: " + pathOrRelease);
        }
        Path cache = ReleaseDownloader.defaultCache();
        String zip = ReleaseDownloader.RELEASES.getOrDefault(pathOrRelease, pathOrRelease + ".zip");
        for (Path candidate : new Path[] {cache.resolve(zip), cache.resolve(pathOrRelease)}) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no file or directory " + pathOrRelease + ", and no release of that name in "
                + cache + "; run movierec download " + pathOrRelease + " first, or give the release's path");
    }
}
