package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
                datasets.resolve("ml-latest-small"), datasets, null, null, null, null, null);
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

    /** A tiny release in MovieLens' ml-latest-small format, zipped, as GroupLens would serve it. */
    private static byte[] tinyRelease() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("ml-latest-small/movies.csv"));
            zip.write(("movieId,title,genres\n1,Toy Story (1995),Animation|Children\n2,Jumanji (1995),Adventure\n"
                    + "3,Heat (1995),Action|Crime\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("ml-latest-small/ratings.csv"));
            zip.write(("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,3.5,964982704\n2,1,5.0,964982705\n"
                    + "2,3,2.0,964982706\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static HttpServer release(byte[] zip, List<String> requests) throws Exception {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(zip));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            byte[] body = path.endsWith("/ml-latest-small.zip") ? zip
                    : path.endsWith("/ml-latest-small.zip.md5") ? ("MD5 (ml-latest-small.zip) = " + md5).getBytes(StandardCharsets.US_ASCII) : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void aReleaseNameIsDownloadedWithItsChecksumIntoTheDataFolderOnceThenImported() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = release(tinyRelease(), requests);
        try {
            URI mirror = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/movielens/");
            MovierecProperties properties = new MovierecProperties(folder.resolve("m.db").toString(), folder, Path.of("ml-latest-small"),
                    null, null, null, null, mirror, null);
            DataConfiguration configuration = new DataConfiguration();
            try (Database database = configuration.database(properties)) {
                MovieLibrary library = configuration.movieLibrary(database, properties, new WebTagRepository(JdbcClient.create(database.dataSource())));
                assertThat(library.movieCount()).isEqualTo(3);
                assertThat(library.stats(1).count()).isEqualTo(2);
            }
            assertThat(requests).containsExactly("/movielens/ml-latest-small.zip.md5", "/movielens/ml-latest-small.zip");
            assertThat(folder.resolve("releases").resolve("ml-latest-small.zip")).isRegularFile();
            server.stop(0);
            assertThat(DataConfiguration.dataSet(properties)).isEqualTo(folder.resolve("releases").resolve("ml-latest-small.zip"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void offlineOrUnknownDataIsOneClearSentence() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MovierecProperties offline = new MovierecProperties(null, folder, Path.of("ml-1m"), null, null, null, null,
                URI.create("http://127.0.0.1:" + closed + "/"), null);
        assertThatThrownBy(() -> DataConfiguration.dataSet(offline)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot download the release ml-1m: cannot reach 127.0.0.1")
                .hasMessageContaining("--data");
        MovierecProperties unknown = new MovierecProperties(null, folder, Path.of("ml-2m"), null, null, null, null, null, null);
        assertThatThrownBy(() -> DataConfiguration.dataSet(unknown)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ml-2m does not exist").hasMessageContaining("ml-1m");
    }

    @Test
    void metadataSourcesByNameOrPathWithOneClearSentence() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MovierecProperties offline = new MovierecProperties(null, folder, null, null, null, null, null,
                URI.create("http://127.0.0.1:" + closed + "/"), List.of("hetrec-2011"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(org.movierec.core.io.ReleaseDownloader.defaultCache()
                .resolve(org.movierec.core.io.metadata.MetadataDownload.HETREC.fileName())), "hetrec-2011 is in the cache");
        assertThatThrownBy(() -> DataConfiguration.metadataSource("hetrec-2011", offline)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot download the metadata source hetrec-2011: cannot reach 127.0.0.1")
                .hasMessageContaining("--metadata");
        assertThatThrownBy(() -> DataConfiguration.metadataSource("no-such-facts.csv", offline))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-facts.csv does not exist").hasMessageContaining("hetrec-2011, melu-ml-1m");
        Path csv = Files.writeString(folder.resolve("facts.csv"), "movieId,directors\n1,John Lasseter\n");
        assertThat(DataConfiguration.metadataSource(csv.toString(), offline)).isEqualTo(csv);
    }
}
