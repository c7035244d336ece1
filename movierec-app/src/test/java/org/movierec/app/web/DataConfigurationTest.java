package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.store.Database;
import org.movierec.app.store.WebTagRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first start's import: data set, then movie metadata from the metadata folder. */
class DataConfigurationTest {
    @TempDir
    Path folder;

    @Test
    void metadataSourcesAreTheKnownFoldersInOrder() throws IOException {
        assertThat(DataConfiguration.metadataSources(null)).isEmpty();
        assertThat(DataConfiguration.metadataSources(folder)).isEmpty();
        Files.createDirectories(folder.resolve(DataConfiguration.HETREC));
        Files.createDirectories(folder.resolve(DataConfiguration.MELU));
        Files.createDirectories(folder.resolve("ml-100k"));
        assertThat(DataConfiguration.metadataSources(folder))
                .containsExactly(folder.resolve(DataConfiguration.MELU), folder.resolve(DataConfiguration.HETREC));
    }

    @Test
    void firstStartImportsTheMetadataAndLaterStartsReadItBack() throws IOException {
        String env = System.getenv("MOVIEREC_DATASETS");
        assumeTrue(env != null && !env.isBlank(), "MOVIEREC_DATASETS is not set: real-data metadata test skipped");
        Path datasets = Path.of(env);
        MovierecProperties properties = new MovierecProperties(folder.resolve("m.db").toString(), folder,
                datasets.resolve("ml-latest-small"), datasets, null, null, null);
        DataConfiguration configuration = new DataConfiguration();
        for (int start = 0; start < 2; start++) {
            try (Database database = configuration.database(properties)) {
                MovieLibrary library = configuration.movieLibrary(database, properties,
                        new WebTagRepository(JdbcClient.create(database.dataSource())));
                assertThat(library.metadataCount()).as("README: 2,949 of the MeLU movies are in ml-latest-small").isGreaterThan(2949);
                assertThat(library.metadata(1)).hasValueSatisfying(toyStory -> {
                    assertThat(toyStory.directors()).contains("John Lasseter");
                    assertThat(toyStory.cast()).contains("Tom Hanks");
                    assertThat(toyStory.overview()).isNotBlank();
                    assertThat(toyStory.countries()).contains("USA");
                });
                assertThat(library.similarByContent(1, 10)).extracting(s -> s.movie().id()).contains(3114);
            }
        }
    }
}
