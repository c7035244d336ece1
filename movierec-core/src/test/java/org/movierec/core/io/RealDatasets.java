package org.movierec.core.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real data sets of $MOVIEREC_DATASETS; tests using them are skipped with a message when it is unset. */
public final class RealDatasets {
    private RealDatasets() {
    }

    /** The folder of a data set under $MOVIEREC_DATASETS; skips the calling test when unavailable. */
    public static Path folder(String name) {
        String root = System.getenv("MOVIEREC_DATASETS");
        assumeTrue(root != null && !root.isBlank(),
                "MOVIEREC_DATASETS is not set: skipping the test on the real " + name + " data");
        Path dir = Path.of(root, name);
        assumeTrue(Files.isDirectory(dir), "MOVIEREC_DATASETS has no " + name + " folder: skipping");
        return dir;
    }
}
