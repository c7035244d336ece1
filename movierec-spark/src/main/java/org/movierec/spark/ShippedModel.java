package org.movierec.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelFile;

/**
 * A movierec model file read by every executor from a path they all reach (a local path on a
 * one-machine cluster, hdfs:// or s3a:// on a real one), loaded by the core's {@link ModelFile} once
 * per executor JVM, so executors score with the core's own models. The driver never loads it.
 */
final class ShippedModel implements Serializable {
    private static String loadedPath;
    private static ModelFile.Loaded loaded;

    private final String uri;

    private ShippedModel(String uri) {
        this.uri = uri;
    }

    /** The model file at the path, which must exist. */
    static ShippedModel at(SparkSession spark, String path) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p)) {
            throw new java.nio.file.NoSuchFileException(path);
        }
        return new ShippedModel(fs.makeQualified(p).toUri().toString());
    }

    /** The model, loaded on first use in this JVM (one model at a time). */
    ModelFile.Loaded get() {
        synchronized (ShippedModel.class) {
            if (!uri.equals(loadedPath)) {
                try {
                    loaded = ModelFile.load(local(), AlgorithmRegistry.standard());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                loadedPath = uri;
            }
            return loaded;
        }
    }

    /** The file itself when it is local, else a local copy. */
    private Path local() throws IOException {
        java.net.URI u = java.net.URI.create(uri);
        if ("file".equals(u.getScheme())) {
            return Path.of(u);
        }
        Path copy = Files.createTempFile("movierec-model", ".model");
        copy.toFile().deleteOnExit();
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(u);
        try (InputStream in = p.getFileSystem(new Configuration()).open(p)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
