package org.movierec.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.apache.spark.sql.SparkSession;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelFile;

/**
 * A movierec model file on every executor: shipped with {@code SparkContext.addFile} (the driver
 * serves it from disk, any Spark path works) and loaded by the core's {@link ModelFile} once per
 * executor JVM, so executors score with the core's own models.
 */
final class ShippedModel implements Serializable {
    private static String loadedPath;
    private static ModelFile.Loaded loaded;

    private final String fileName;

    private ShippedModel(String fileName) {
        this.fileName = fileName;
    }

    /** Ships the model file at the path to the session's executors. */
    static ShippedModel ship(SparkSession spark, String path) {
        spark.sparkContext().addFile(path);
        return new ShippedModel(new org.apache.hadoop.fs.Path(path).getName());
    }

    /** The model, loaded on first use in this JVM (one model at a time). */
    ModelFile.Loaded get() {
        String path = SparkFiles.get(fileName);
        synchronized (ShippedModel.class) {
            if (!path.equals(loadedPath)) {
                try {
                    loaded = ModelFile.load(Path.of(path), AlgorithmRegistry.standard());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                loadedPath = path;
            }
            return loaded;
        }
    }
}
