package org.movierec.core.io.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Movie;
import org.movierec.core.io.ReleaseDownloader;
import org.movierec.core.util.Progress;

/** Metadata sources downloaded from a local HTTP server serving a fixture archive the test writes: never the network. */
class MetadataDownloadTest {
    private static final String DIRECTORS = "movieID\tdirectorID\tdirectorName\n1\tjohn_lasseter\tJohn Lasseter\n";

    @TempDir
    Path cache;

    private HttpServer server;
    private byte[] archive;
    private final List<String> ranges = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("movies.dat"));
            zip.write(("id\ttitle\timdbID\tspanishTitle\timdbPictureURL\tyear\trtID\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\n"
                    + "1\tToy story\t0114709\t\t\t1995" + "\t\\N".repeat(15) + "\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(HetrecMetadataReader.MARKER));
            zip.write(DIRECTORS.getBytes(StandardCharsets.UTF_8));
            byte[] padding = new byte[100_000];
            Arrays.fill(padding, (byte) 'x');
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.setLevel(0);
            zip.write(padding);
        }
        archive = bytes.toByteArray();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mirror/" + MetadataDownload.HETREC.fileName(), this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        ranges.add(String.valueOf(range));
        int from = range == null ? 0 : Integer.parseInt(range.substring(6, range.indexOf('-')));
        if (from > 0) {
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (archive.length - 1) + "/" + archive.length);
        }
        byte[] body = Arrays.copyOfRange(archive, from, archive.length);
        ex.sendResponseHeaders(from > 0 ? 206 : 200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private ReleaseDownloader mirror() {
        return new ReleaseDownloader(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/"));
    }

    /** The HetRec source pinned to the fixture's directors file. */
    private static MetadataDownload pinned(String directorsSha256) {
        MetadataDownload h = MetadataDownload.HETREC;
        return new MetadataDownload(h.name(), h.url(), h.fileName(), h.licence(), Map.of(HetrecMetadataReader.MARKER, directorsSha256));
    }

    private static String sha256(String text) throws IOException {
        return MetadataDownload.sha256(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void resumesWithProgressVerifiesThePinsAndReadsTheArchive() throws IOException {
        Path part = cache.resolve(MetadataDownload.HETREC.fileName() + ".part");
        Files.write(part, Arrays.copyOf(archive, archive.length / 2));
        List<Long> steps = new ArrayList<>();
        long[] total = {0};
        Progress progress = new Progress() {
            @Override
            public void start(String task, long size) {
                total[0] = size;
            }

            @Override
            public void step(long amount) {
                steps.add(amount);
            }

            @Override
            public void done() {
            }
        };
        ReleaseDownloader.Result result = mirror().download(pinned(sha256(DIRECTORS)), cache, progress);
        assertThat(ranges).containsExactly("bytes=" + archive.length / 2 + "-");
        assertThat(result.resumedFrom()).isEqualTo(archive.length / 2);
        assertThat(total[0]).isEqualTo(archive.length);
        assertThat(steps.stream().mapToLong(Long::longValue).sum()).isEqualTo(archive.length);
        assertThat(Files.readAllBytes(result.zip())).isEqualTo(archive);
        assertThat(part).doesNotExist();
        Catalog catalog = new Catalog(List.of(new Movie(1, "Toy Story", 1995, List.of("Animation"), 0, 0)));
        assertThat(MetadataSources.read(result.zip(), catalog).get(1).directors()).containsExactly("John Lasseter");

        ReleaseDownloader.Result again = mirror().download(pinned(sha256(DIRECTORS)), cache, Progress.NONE);
        assertThat(again.alreadyCached()).isTrue();
        assertThat(ranges).hasSize(1);
    }

    @Test
    void aFileThatDoesNotMatchItsPinIsRemoved() throws IOException {
        String wrong = sha256("something else");
        assertThatThrownBy(() -> mirror().download(pinned(wrong), cache, Progress.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(MetadataDownload.HETREC.fileName() + "!" + HetrecMetadataReader.MARKER
                        + " does not match its pinned checksum")
                .hasMessageContaining("expected " + wrong);
        assertThat(cache.resolve(MetadataDownload.HETREC.fileName())).doesNotExist();
        assertThat(cache.resolve(MetadataDownload.HETREC.fileName() + ".part")).doesNotExist();
    }

    @Test
    void theRealPinsRefuseTheFixtureAndNameTheLicence() {
        assertThatThrownBy(() -> mirror().download(MetadataDownload.HETREC, cache, Progress.NONE))
                .hasMessageStartingWith("the download of " + MetadataDownload.HETREC.fileName());
        assertThat(cache.resolve(MetadataDownload.HETREC.fileName())).doesNotExist();
        assertThat(MetadataDownload.HETREC.licence()).contains("non-commercial").contains("Never bundled");
        assertThat(MetadataDownload.KNOWN).containsOnlyKeys("hetrec-2011", "melu-ml-1m");
    }
}
