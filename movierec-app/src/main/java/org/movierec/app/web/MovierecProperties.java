package org.movierec.app.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.movierec.core.io.ReleaseDownloader;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web application ({@code movierec.*} properties or MOVIEREC_* environment variables).
 *
 * @param database the database: a SQLite file or a jdbc:postgresql:// URL (null: MOVIEREC_DATABASE, else data/movierec.db)
 * @param dataDir where models and copied data live (default ./data)
 * @param data the data set imported into an empty database: a release folder or zip, or the name of a MovieLens
 *     release (ml-1m, ...) downloaded into {@code <dataDir>/releases} (null: the bundled ml-latest-small)
 * @param models the algorithms to serve, best first, written as for the command line (ease:min-support=5,itemknn:k=40):
 *     the first one the build ships is trained at start and becomes the default, the others train in the background
 * @param metadataDir a folder holding movie metadata sources ({@code ml-1m-extrainfos/}, {@code hetrec2011-movielens-2k-v2/}),
 *     imported when the database has no metadata from them yet (null: $MOVIEREC_DATASETS when set)
 * @param adminPassword the admin account's password, set at start when given (else a one-time setup link is printed)
 * @param bootstrap whether to import data and train models at start (off only in tests that bring their own)
 * @param downloadMirror where releases named by {@code data} are downloaded from (null: GroupLens)
 * @param metadata movie metadata sources, earlier ones' facts first: files or folders (MeLU, HetRec 2011, metadata CSV) or
 *     names of sources to download ({@code hetrec-2011}, {@code melu-ml-1m}); imported unless the database holds them
 *     already (empty: the sources in {@code metadataDir})
 */
@ConfigurationProperties(prefix = "movierec")
public record MovierecProperties(String database, Path dataDir, Path data, Path metadataDir, List<String> models, String adminPassword, Boolean bootstrap,
        URI downloadMirror, List<String> metadata) {
    public MovierecProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        models = models == null || models.isEmpty() ? List.of("ease:min-support=5", "hybrid", "sequential:min-support=5", "itemknn", "userknn", "svd", "ials", "content", "baseline", "popular") : List.copyOf(models);
        bootstrap = bootstrap == null || bootstrap;
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
        downloadMirror = downloadMirror == null ? ReleaseDownloader.GROUPLENS : downloadMirror;
        if (metadataDir == null && System.getenv("MOVIEREC_DATASETS") != null && !System.getenv("MOVIEREC_DATASETS").isBlank()) {
            metadataDir = Path.of(System.getenv("MOVIEREC_DATASETS"));
        }
    }
}
