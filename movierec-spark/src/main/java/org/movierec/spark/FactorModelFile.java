package org.movierec.spark;

import java.io.BufferedOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.implicit.IalsAlgorithm;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.mf.AlsAlgorithm;
import org.movierec.core.data.RatingScale;

/**
 * A movierec model file assembled from Spark's factor tables (id int, features array&lt;float&gt;, as the
 * executors wrote them to Parquet) without holding them: the driver pulls one partition at a time
 * ({@code toLocalIterator}), spools ids and factors to local scratch files, and copies those into the
 * file's body. The body has the layout {@code IalsModel.write} or {@code FactorModel.write} (unbiased)
 * produce for the same model, so the core loads it like a file it wrote itself (tested by loading).
 */
final class FactorModelFile {
    private static final int FACTOR_MODEL_PAYLOAD = 1;

    private FactorModelFile() {
    }

    /** Ids and factors of one side (users or items), spooled to two scratch files. */
    private record Spool(int rows, int rank, Path ids, Path factors) {
    }

    /**
     * Writes the model file.
     *
     * @param meanRatings the training ratings per user, n&#772; of the implicit model's penalty
     */
    static void save(Path out, SparkAls als, double meanRatings, RatingScale scale, Dataset<Row> users, Dataset<Row> items)
            throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path scratch = Files.createTempDirectory(parent, ".spark-factors");
        try {
            Spool u = spool(users, als.factors(), scratch.resolve("users"));
            Spool i = spool(items, als.factors(), scratch.resolve("items"));
            Algorithm claimed = als.claimed(meanRatings);
            ModelFile.save(out, claimed, body -> {
                body.writeInt(u.rows());
                copy(u.ids(), body);
                body.writeInt(i.rows());
                copy(i.ids(), body);
                body.writeFloat(scale.min());
                body.writeFloat(scale.max());
                body.writeFloat(scale.step());
                if (als.implicit()) {
                    new ImplicitSignal(0, ImplicitSignal.Weight.RATING).write(body);
                    body.writeInt(als.factors());
                    body.writeDouble(als.reg() * meanRatings);
                    body.writeDouble(1);
                    body.writeDouble(meanRatings);
                    body.writeDouble(als.alpha());
                    body.writeByte(IalsAlgorithm.Scaling.LINEAR.ordinal());
                    writeFactors(body, u);
                    writeFactors(body, i);
                } else {
                    body.writeInt(FACTOR_MODEL_PAYLOAD);
                    body.writeInt(als.factors());
                    body.writeFloat(0f);
                    body.writeBoolean(false);
                    body.writeBoolean(false);
                    body.writeFloat((float) als.reg());
                    body.writeFloat((float) ((AlsAlgorithm) claimed).biasReg());
                    body.writeFloat(scale.min());
                    body.writeFloat(scale.max());
                    writeZeros(body, u.rows());
                    writeZeros(body, i.rows());
                    writeFactors(body, u);
                    writeFactors(body, i);
                    body.writeBoolean(false);
                }
            });
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Spool spool(Dataset<Row> factors, int rank, Path prefix) throws IOException {
        Path ids = Path.of(prefix + ".ids");
        Path values = Path.of(prefix + ".factors");
        int rows = 0;
        try (DataOutputStream idOut = open(ids); DataOutputStream valueOut = open(values)) {
            Iterator<Row> it = factors.toLocalIterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<Float> features = row.getList(1);
                if (features.size() != rank) {
                    throw new IllegalStateException("Spark returned " + features.size() + " factors for id " + row.getInt(0)
                            + " instead of " + rank);
                }
                idOut.writeInt(row.getInt(0));
                for (Float f : features) {
                    valueOut.writeFloat(f);
                }
                rows++;
            }
        }
        return new Spool(rows, rank, ids, values);
    }

    private static DataOutputStream open(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** A float array as {@code BinaryArrays.writeFloats} writes it: length, then the values. */
    private static void writeFactors(DataOutput body, Spool side) throws IOException {
        body.writeInt(Math.multiplyExact(side.rows(), side.rank()));
        copy(side.factors(), body);
    }

    private static void writeZeros(DataOutput body, int count) throws IOException {
        body.writeInt(count);
        byte[] zeros = new byte[1 << 16];
        for (long left = 4L * count; left > 0; left -= zeros.length) {
            body.write(zeros, 0, (int) Math.min(left, zeros.length));
        }
    }

    private static void copy(Path file, DataOutput body) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                body.write(buffer, 0, n);
            }
        }
    }
}
