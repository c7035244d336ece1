package org.movierec.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums of downloads, as the publishers write them (lower-case hex). */
public final class Checksums {
    private Checksums() {
    }

    /**
     * The digest of the stream's content (read to its end, not closed) in the algorithm ("MD5", "SHA-256").
     *
     * @throws IllegalStateException when this Java lacks the algorithm (every Java has MD5 and SHA-256)
     */
    public static String hex(InputStream in, String algorithm) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no " + algorithm, e);
        }
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) >= 0) {
            digest.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
