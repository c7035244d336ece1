package org.movierec.core.algo;

import java.io.DataInput;
import java.io.IOException;

/**
 * The version number each model writes first in its payload, so that a model file from another
 * release of an algorithm is refused with a clear message instead of being misread.
 */
public final class PayloadVersion {
    private PayloadVersion() {
    }

    /**
     * Reads the payload version and checks it.
     *
     * @throws IllegalArgumentException (reported by {@link ModelFile} as an invalid model file) if the
     *     version is not the expected one
     */
    public static void check(DataInput in, String algorithm, int expected) throws IOException {
        int version = in.readInt();
        if (version != expected) {
            throw new IllegalArgumentException("its " + algorithm + " model has payload version " + version
                    + " and this movierec reads version " + expected + "; train the model again");
        }
    }
}
