package org.movierec.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.sql.DataSource;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseImporter;
import org.movierec.app.store.ImportSummary;
import org.movierec.app.store.MovieRepository;
import org.movierec.app.store.RatingRepository;
import org.movierec.app.store.WebTagRepository;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database and the data the app serves. The database (store module's {@link Database}: SQLite
 * by default, PostgreSQL by URL, migrated on open) backs accounts and ratings. When it holds no
 * movies, the configured data set, or else the bundled ml-latest-small, is imported first; then the
 * catalogue and all ratings are loaded into a {@link MovieLibrary}.
 */
@Configuration
public class DataConfiguration {
    static final String DEMO = "ml-latest-small";
    private static final String[] DEMO_FILES = {"README.txt", "movies.csv", "ratings.csv", "tags.csv", "links.csv"};
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

    /** Trains with the standard algorithms, or with an {@link AlgorithmRegistry} bean where one is given (tests). */
    @Bean
    ModelTrainer modelTrainer(MovierecProperties properties, ObjectProvider<AlgorithmRegistry> registry) {
        return new ModelTrainer(registry.getIfAvailable(AlgorithmRegistry::standard), properties.dataDir().resolve("models"));
    }

    @Bean
    @ConditionalOnProperty(name = "movierec.bootstrap", havingValue = "true", matchIfMissing = true)
    MovieLibrary movieLibrary(Database database, MovierecProperties properties, WebTagRepository tags) throws IOException {
        MovieRepository movies = new MovieRepository(database);
        if (movies.count() == 0) {
            Path source = properties.data() != null ? properties.data() : demoData(properties.dataDir());
            LOG.info("The database is empty: importing {}", source);
            Dataset dataset = Releases.read(source, new LogProgress("Reading " + source.getFileName()));
            ImportSummary summary = new DatabaseImporter(database).importDataset(dataset, new LogProgress("Importing"));
            LOG.info("Imported {}: {} movies, {} users, {} ratings, {} tags", summary.name(), summary.movies(), summary.users(),
                    summary.ratings(), summary.tags());
        }
        RatingMatrix ratings = new RatingRepository(database).load(Progress.NONE);
        MovieLibrary library = MovieLibrary.of(movies.catalog(), ratings, tags.all());
        LOG.info("Serving {} movies and {} ratings of {} users", library.movieCount(), ratings.size(), ratings.activeUserCount());
        return library;
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
