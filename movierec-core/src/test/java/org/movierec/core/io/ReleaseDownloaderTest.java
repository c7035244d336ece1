package org.movierec.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.util.Progress;

/** The download logic against a local HTTP server on 127.0.0.1: never the network. */
class ReleaseDownloaderTest {
    @TempDir
    Path cache;

    private HttpServer server;
    private volatile byte[] zip;
    private volatile String md5File;
    private volatile boolean honourRange = true;
    private final List<String> ranges = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("ml-100k/u.data"));
            byte[] data = new byte[200_000];
            for (int k = 0; k < data.length; k++) {
                data[k] = (byte) ('0' + (k * 7919 % 10));
            }
            z.write(data);
            z.closeEntry();
        }
        zip = bytes.toByteArray();
        md5File = "MD5 (ml-100k.zip) = " + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(zip)) + "\n";
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/movielens/ml-100k.zip", this::serveZip);
        server.createContext("/movielens/ml-100k.zip.md5", ex -> {
            if (md5File == null) {
                send(ex, 404, new byte[0]);
            } else {
                send(ex, 200, md5File.getBytes(StandardCharsets.US_ASCII));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serveZip(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        ranges.add(String.valueOf(range));
        if (honourRange && range != null && range.startsWith("bytes=")) {
            int from = Integer.parseInt(range.substring(6, range.indexOf('-')));
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (zip.length - 1) + "/" + zip.length);
            send(ex, 206, Arrays.copyOfRange(zip, from, zip.length));
        } else {
            send(ex, 200, zip);
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private ReleaseDownloader downloader() {
        return new ReleaseDownloader(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/movielens/"));
    }

    @Test
    void downloadsVerifiesAndCaches() throws IOException {
        ReleaseDownloader.Result result = downloader().download("ml-100k", cache, Progress.NONE);
        assertThat(result.zip()).isEqualTo(cache.resolve("ml-100k.zip"));
        assertThat(Files.readAllBytes(result.zip())).isEqualTo(zip);
        assertThat(result.checksumVerified()).isTrue();
        assertThat(result.alreadyCached()).isFalse();
        assertThat(cache.resolve("ml-100k.zip.part")).doesNotExist();
        ReleaseDownloader.Result again = downloader().download("ml-100k", cache, Progress.NONE);
        assertThat(again.alreadyCached()).isTrue();
        assertThat(ranges).hasSize(1);
    }

    @Test
    void resumesAPartialDownloadWithARangeRequest() throws IOException {
        int have = zip.length / 3;
        Files.write(cache.resolve("ml-100k.zip.part"), Arrays.copyOf(zip, have));
        ReleaseDownloader.Result result = downloader().download("ml-100k", cache, Progress.NONE);
        assertThat(ranges).containsExactly("bytes=" + have + "-");
        assertThat(result.resumedFrom()).isEqualTo(have);
        assertThat(Files.readAllBytes(result.zip())).isEqualTo(zip);
    }

    @Test
    void aServerIgnoringRangeSendsTheWholeFileAgain() throws IOException {
        honourRange = false;
        Files.write(cache.resolve("ml-100k.zip.part"), Arrays.copyOf(zip, zip.length / 2));
        ReleaseDownloader.Result result = downloader().download("ml-100k", cache, Progress.NONE);
        assertThat(Files.readAllBytes(result.zip())).isEqualTo(zip);
        assertThat(result.checksumVerified()).isTrue();
    }

    @Test
    void withoutAPublishedChecksumTheZipIsStillOpened() throws IOException {
        md5File = null;
        ReleaseDownloader.Result result = downloader().download("ml-100k", cache, Progress.NONE);
        assertThat(result.checksumVerified()).isFalse();
        assertThat(Files.readAllBytes(result.zip())).isEqualTo(zip);
        byte[] broken = Arrays.copyOf(zip, zip.length - 30);
        zip = broken;
        Files.delete(result.zip());
        assertThatThrownBy(() -> downloader().download("ml-100k", cache, Progress.NONE))
                .hasMessageContaining("is not a readable zip");
        assertThat(cache.resolve("ml-100k.zip")).doesNotExist();
    }

    @Test
    void checksumMismatchRemovesTheFileAndSaysSo() {
        md5File = "0123456789abcdef0123456789abcdef  ml-100k.zip\n";
        assertThatThrownBy(() -> downloader().download("ml-100k", cache, Progress.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not match its published checksum")
                .hasMessageContaining("expected 0123456789abcdef0123456789abcdef");
        assertThat(cache.resolve("ml-100k.zip.part")).doesNotExist();
        assertThat(cache.resolve("ml-100k.zip")).doesNotExist();
    }

    @Test
    void offlineFailsWithThePlainAdvice() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        ReleaseDownloader offline = new ReleaseDownloader(URI.create("http://127.0.0.1:" + port + "/movielens/"));
        assertThatThrownBy(() -> offline.download("ml-100k", cache, Progress.NONE))
                .hasMessage("cannot reach 127.0.0.1; download it yourself and run movierec import PATH");
    }

    @Test
    void unknownReleaseIsRefused() {
        assertThatThrownBy(() -> downloader().download("ml-2m", cache, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ml-latest-small");
    }
}
