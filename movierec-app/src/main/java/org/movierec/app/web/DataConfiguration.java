package org.movierec.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.movierec.app.service.MovieFacts;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseImporter;
import org.movierec.app.store.ImportSummary;
import org.movierec.app.store.ImportedReleases;
import org.movierec.app.store.MovieRepository;
import org.movierec.app.store.RatingRepository;
import org.movierec.app.store.TmdbFactsRepository;
import org.movierec.app.store.WebTagRepository;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.metadata.MetadataDownload;
import org.movierec.core.io.metadata.MetadataSources;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.ReleaseDownloader;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The database and the data the app serves. The database (store module's {@link Database}: SQLite
 * by default, PostgreSQL by URL, migrated on open) backs accounts and ratings. When it holds no
 * movies, the configured data set, or else the bundled ml-latest-small, is imported first; then the
 * catalogue, all ratings and the movie metadata are loaded into a {@link MovieLibrary}, after the change log's
 * position was read ({@code ChangeLogStart}: writes of other instances from then on are applied to it). Movie metadata
 * (MeLU's ml-1m extra facts, HetRec 2011, a metadata CSV) is imported from the configured sources
 * ({@code movierec.metadata}), else from the metadata folder, unless the database holds these sources' metadata already.
 */
@Configuration
public class DataConfiguration {
    static final String DEMO = "ml-latest-small";
    private static final String[] DEMO_FILES = {"README.txt", "movies.csv", "ratings.csv", "tags.csv", "links.csv"};
    static final String MELU = "ml-1m-extrainfos";
    static final String HETREC = "hetrec2011-movielens-2k-v2";
    private static final Logger LOG = LoggerFactory.getLogger(DataConfiguration.class);

    @Bean(destroyMethod = "close")
    Database database(MovierecProperties properties) {
        String location = properties.database() != null && !properties.database().isBlank() ? properties.database()
                : System.getenv(Database.ENVIRONMENT_VARIABLE) != null && !System.getenv(Database.ENVIRONMENT_VARIABLE).isBlank()
                        ? System.getenv(Database.ENVIRONMENT_VARIABLE)
                        : properties.dataDir().resolve("movierec.db").toString();
        Database database = Database.open(location);
        LOG.info("Database: {}", database.description());
        return database;
    }

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    /**
     * Trains with the standard algorithms, or with an {@link AlgorithmRegistry} bean where one is given (tests),
     * binding the served movies' content features for content-based and hybrid models. Saved models load only
     * when they were trained on the releases imported into this database.
     */
    @Bean
    ModelTrainer modelTrainer(MovierecProperties properties, ObjectProvider<AlgorithmRegistry> registry,
            ObjectProvider<MovieFacts> facts, Database database) {
        ImportedReleases releases = new ImportedReleases(database);
        return new ModelTrainer(registry.getIfAvailable(AlgorithmRegistry::standard), properties.dataDir().resolve("models"),
                () -> {
                    MovieFacts served = facts.getIfAvailable();
                    return served == null ? ItemFeatures.empty() : served.itemFeatures();
                }, releases::identity);
    }

    /**
     * The facts served with the movies: the imported metadata completed by those fetched from TMDb so far. Made
     * after the library, whose making imports the data when the database is empty.
     */
    @Bean
    MovieFacts movieFacts(Database database, WebTagRepository tags, MovieLibrary library) {
        MovieRepository movies = new MovieRepository(database);
        Map<Integer, MovieMetadata> metadata = MovieMetadata.merge(List.of(movies.metadata(),
                new TmdbFactsRepository(database).all()));
        MovieFacts facts = new MovieFacts(movies.catalog(), metadata, tags::all);
        LOG.info("Facts of {} of {} movies, {} people", facts.count(), library.movieCount(), facts.people().size());
        return facts;
    }

    @Bean
    @ConditionalOnProperty(name = "movierec.bootstrap", havingValue = "true", matchIfMissing = true)
    @DependsOn("changeLogStart")
    MovieLibrary movieLibrary(Database database, MovierecProperties properties, WebTagRepository tags) throws IOException {
        MovieRepository movies = new MovieRepository(database);
        List<Path> metadataSources = properties.metadata().isEmpty() ? metadataSources(properties.metadataDir())
                : properties.metadata().stream().map(source -> metadataSource(source, properties)).toList();
        if (movies.count() == 0) {
            Path source = properties.data() != null ? dataSet(properties) : demoData(properties.dataDir());
            LOG.info("The database is empty: importing {}", source);
            Dataset dataset = Releases.read(source, new LogProgress("Reading " + source.getFileName()));
            Map<Integer, MovieMetadata> metadata = readMetadata(metadataSources, dataset.catalog());
            ImportSummary summary = new DatabaseImporter(database).importDataset(dataset, metadata,
                    metadata.isEmpty() ? null : sourceNames(metadataSources), new LogProgress("Importing"));
            LOG.info("Imported {}: {} movies, {} users, {} ratings, {} tags, metadata of {} movies", summary.name(), summary.movies(),
                    summary.users(), summary.ratings(), summary.tags(), summary.metadata());
        } else if (!metadataSources.isEmpty() && movies.metadataCount(sourceNames(metadataSources)) == 0) {
            Map<Integer, MovieMetadata> metadata = readMetadata(metadataSources, movies.catalog());
            int written = new DatabaseImporter(database).importMetadata(metadata, sourceNames(metadataSources),
                    new LogProgress("Importing metadata"));
            LOG.info("Imported the metadata of {} movies", written);
        }
        RatingMatrix ratings = new RatingRepository(database).load(Progress.NONE);
        MovieLibrary library = MovieLibrary.of(movies.catalog(), ratings, tags.all(), movies.metadata());
        LOG.info("Serving {} movies ({} with metadata) and {} ratings of {} users", library.movieCount(), library.metadataCount(),
                ratings.size(), ratings.activeUserCount());
        return library;
    }

    /**
     * The configured data set: the file or folder, or else the MovieLens release of that name, downloaded
     * (checksum verified, progress in the log) into {@code <data-dir>/releases} unless it is there already.
     *
     * @throws IllegalStateException with a sentence saying what to do, when there is no such file or
     *     release, or the release cannot be downloaded (e.g. offline)
     */
    static Path dataSet(MovierecProperties properties) {
        Path data = properties.data();
        if (Files.exists(data)) {
            return data;
        }
        String name = data.toString();
        if (!ReleaseDownloader.RELEASES.containsKey(name)) {
            throw new IllegalStateException("the data set " + data + " does not exist: give a release folder or zip, or the name of a "
                    + "MovieLens release to download (" + String.join(", ", ReleaseDownloader.RELEASES.keySet()) + ")");
        }
        Path releases = properties.dataDir().resolve("releases");
        try {
            ReleaseDownloader.Result result = new ReleaseDownloader(properties.downloadMirror())
                    .download(name, releases, new LogProgress("Downloading " + name));
            if (result.alreadyCached()) {
                LOG.info("Using {} downloaded earlier", result.zip());
            } else {
                LOG.info("Downloaded {} to {} ({})", name, result.zip(), result.checksumVerified()
                        ? "MD5 " + result.md5() + " verified" : "no checksum published, checked that the zip opens");
            }
            return result.zip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot download the release " + name + ": " + e.getMessage() + " (or give the path of a "
                    + "downloaded copy with --data, or leave --data out to serve the bundled " + DEMO + ")");
        }
    }

    /**
     * A configured metadata source: a file or folder, or the name of a downloadable source ({@link MetadataDownload#KNOWN}),
     * taken from the cache of {@code movierec download} or {@code <data-dir>/releases}, else downloaded there (checksums
     * verified, licence in the log).
     *
     * @throws IllegalStateException with a sentence saying what to do, when there is no such file or source, or the
     *     download fails
     */
    static Path metadataSource(String source, MovierecProperties properties) {
        MetadataDownload download = MetadataDownload.KNOWN.get(source);
        if (download == null) {
            Path path = Path.of(source);
            if (!Files.exists(path)) {
                throw new IllegalStateException("the metadata source " + source + " does not exist: give a MeLU, HetRec 2011 or"
                        + " metadata CSV file or folder, or the name of a source to download ("
                        + String.join(", ", MetadataDownload.KNOWN.keySet()) + ")");
            }
            return path;
        }
        Path cached = ReleaseDownloader.defaultCache().resolve(download.fileName());
        if (Files.exists(cached)) {
            return cached;
        }
        LOG.info("Metadata source {}: {}", source, download.licence());
        try {
            ReleaseDownloader.Result result = new ReleaseDownloader(properties.downloadMirror())
                    .download(download, properties.dataDir().resolve("releases"), new LogProgress("Downloading " + source));
            LOG.info("{} {} ({} pinned checksums verified)", result.alreadyCached() ? "Using" : "Downloaded", result.zip(),
                    download.sha256().size());
            return result.zip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot download the metadata source " + source + ": " + e.getMessage()
                    + " (or give the path of a downloaded copy with --metadata)");
        }
    }

    /** The metadata sources the folder holds ({@value #MELU}/, {@value #HETREC}/), in that order; none for a null folder. */
    static List<Path> metadataSources(Path folder) {
        if (folder == null) {
            return List.of();
        }
        List<Path> sources = new ArrayList<>();
        for (String name : new String[] {MELU, HETREC}) {
            if (Files.isDirectory(folder.resolve(name))) {
                sources.add(folder.resolve(name));
            }
        }
        if (sources.isEmpty()) {
            LOG.info("No movie metadata in {} (looked for {}/ and {}/)", folder, MELU, HETREC);
        }
        return sources;
    }

    private static Map<Integer, MovieMetadata> readMetadata(List<Path> sources, Catalog catalog) throws IOException {
        if (sources.isEmpty()) {
            return Map.of();
        }
        LOG.info("Reading movie metadata from {}", sources);
        return MetadataSources.readAll(sources, catalog);
    }

    private static String sourceNames(List<Path> sources) {
        return sources.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    }

    /** The bundled ml-latest-small, copied out of the application's classpath into the data folder once. */
    static Path demoData(Path dataDir) {
        Path folder = dataDir.resolve("demo").resolve(DEMO);
        try {
            Files.createDirectories(folder);
            for (String name : DEMO_FILES) {
                Path target = folder.resolve(name);
                if (Files.exists(target)) {
                    continue;
                }
                try (InputStream in = DataConfiguration.class.getResourceAsStream("/demo/" + DEMO + "/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the bundled demo data (" + DEMO + "/" + name + ") is missing from the application");
                    }
                    Path tmp = Files.createTempFile(folder, name, ".part");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the demo data to " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    /** Progress of reading and importing in the log, one line per quarter. */
    private static final class LogProgress implements Progress {
        private final String what;
        private long total;
        private long done;
        private int quarter;

        LogProgress(String what) {
            this.what = what;
        }

        @Override
        public synchronized void start(String task, long total) {
            this.total = total;
            done = 0;
            quarter = 0;
            LOG.info("{}: {}", what, task);
        }

        @Override
        public synchronized void step(long amount) {
            done += amount;
            if (total > 0 && done * 4 / total > quarter) {
                quarter = (int) Math.min(4, done * 4 / total);
                LOG.info("{}: {}%", what, quarter * 25);
            }
        }

        @Override
        public void done() {
        }
    }
}
