package org.movierec.core.algo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.BinaryArrays;

/**
 * movierec's versioned binary model file (no Java serialization). Layout: magic "MOVIEREC-MODEL",
 * format version, algorithm name, parameters, user and item external ids, rating scale, the
 * model's own parameters ({@link Model#write}), and a CRC-32 of everything before it. A file is
 * written to a temporary name and moved into place, so a crash never leaves a half-written model.
 */
public final class ModelFile {
    /** Bump when the layout of the header changes. */
    public static final int FORMAT_VERSION = 1;
    private static final String MAGIC = "MOVIEREC-MODEL";

    private ModelFile() {
    }

    /** A model read back from a file, with what it was trained on. */
    public record Loaded(String algorithm, Map<String, String> params, IdIndex users, IdIndex items,
            RatingScale scale, Model model) {
    }

    /** Saves a trained model atomically. */
    public static void save(Path file, Algorithm algorithm, Model model, IdIndex users, IdIndex items,
            RatingScale scale) throws IOException {
        save(file, algorithm, out -> {
            BinaryArrays.writeInts(out, users.ids());
            BinaryArrays.writeInts(out, items.ids());
            out.writeFloat(scale.min());
            out.writeFloat(scale.max());
            out.writeFloat(scale.step());
            model.write(out);
        });
    }

    /** What follows the header: user and item ids, rating scale and the model's payload, in the layout of {@link #load}. */
    @FunctionalInterface
    public interface Body {
        void write(DataOutput out) throws IOException;
    }

    /**
     * Saves a model file atomically whose body the caller writes piece by piece (for a model assembled
     * from parts too big to hold at once, such as factors streamed from a cluster). {@link #load} must
     * read what the body writes: the saved file is checked by loading it in the caller's tests.
     */
    public static void save(Path file, Algorithm algorithm, Body body) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp)) {
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeUTF(algorithm.name());
                out.writeInt(algorithm.params().size());
                for (Map.Entry<String, Object> p : algorithm.params().entrySet()) {
                    out.writeUTF(p.getKey());
                    out.writeUTF(String.valueOf(p.getValue()));
                }
                body.write(out);
                out.flush();
                long sum = crc.getValue();
                new DataOutputStream(raw).writeLong(sum);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Loads a model, reading its parameters with the registry's reader for its algorithm.
     *
     * @throws InvalidModelFileException if the file is not a movierec model, is of another format
     *     version, names an unknown algorithm, or is truncated or corrupt
     */
    public static Loaded load(Path file, AlgorithmRegistry registry) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CRC32 crc = new CRC32();
            DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
            String magic;
            try {
                magic = in.readUTF();
            } catch (IOException e) {
                throw new InvalidModelFileException(file, "it is not a movierec model file");
            }
            if (!MAGIC.equals(magic)) {
                throw new InvalidModelFileException(file, "it is not a movierec model file");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new InvalidModelFileException(file, "it has model format version " + version
                        + " and this movierec reads version " + FORMAT_VERSION + "; train the model again");
            }
            String algorithm = in.readUTF();
            AlgorithmSpec spec;
            try {
                spec = registry.spec(algorithm);
            } catch (IllegalArgumentException e) {
                throw new InvalidModelFileException(file, "it holds a model of the unknown algorithm '" + algorithm + "'");
            }
            int n = in.readInt();
            if (n < 0 || n > 1000) {
                throw new InvalidModelFileException(file, "its header is corrupt");
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                params.put(in.readUTF(), in.readUTF());
            }
            IdIndex users = IdIndex.of(BinaryArrays.readInts(in));
            IdIndex items = IdIndex.of(BinaryArrays.readInts(in));
            RatingScale scale = new RatingScale(in.readFloat(), in.readFloat(), in.readFloat());
            Model model = spec.reader().read(in);
            long expected = crc.getValue();
            long stored = new DataInputStream(raw).readLong();
            if (stored != expected) {
                throw new InvalidModelFileException(file, "its checksum does not match (the file is corrupt)");
            }
            if (model.itemCount() != items.size()) {
                throw new InvalidModelFileException(file, "its model covers " + model.itemCount() + " items but the file lists " + items.size());
            }
            return new Loaded(algorithm, params, users, items, scale, model);
        } catch (EOFException e) {
            throw new InvalidModelFileException(file, "it is truncated");
        } catch (IllegalArgumentException | NegativeArraySizeException | OutOfMemoryError e) {
            throw new InvalidModelFileException(file, "it is corrupt (" + e.getMessage() + ")");
        }
    }
}
