package org.movierec.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.movierec.core.io.metadata.MetadataDownload;
import org.movierec.core.util.Progress;

/**
 * Fetches MovieLens releases from GroupLens into a cache directory: {@code <base><zip>} with its
 * published {@code <zip>.md5} checksum. An interrupted download is kept as {@code <zip>.part} and
 * resumed with an HTTP Range request; the finished file is checked against the MD5 checksum and
 * opened as a zip before it is moved into place, so the cache never holds a damaged release, and a
 * release found in the cache is used without going online. Metadata sources ({@link MetadataDownload})
 * are fetched the same way and checked against their pinned SHA-256 checksums.
 */
public final class ReleaseDownloader {
    /** The official address of the MovieLens zips. */
    public static final URI GROUPLENS = URI.create("https://files.grouplens.org/datasets/movielens/");
    /** Release name to zip file name. */
    public static final Map<String, String> RELEASES;

    static {
        Map<String, String> releases = new LinkedHashMap<>();
        for (String name : new String[] {"ml-100k", "ml-1m", "ml-10m", "ml-20m", "ml-25m", "ml-32m",
                "ml-latest-small", "ml-latest"}) {
            releases.put(name, name + ".zip");
        }
        RELEASES = java.util.Collections.unmodifiableMap(releases);
    }

    private static final Pattern MD5 = Pattern.compile("\\b([0-9a-fA-F]{32})\\b");

    private final URI base;
    private final HttpClient http;

    /** A downloader from the base address (ending in '/'), e.g. {@link #GROUPLENS}. */
    public ReleaseDownloader(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /**
     * What a download did.
     *
     * @param zip the verified zip in the cache
     * @param md5 its MD5 checksum (hex)
     * @param checksumVerified whether a published checksum matched (false when the server publishes
     *     none: the zip was then only checked by opening it)
     * @param resumedFrom bytes already present from an earlier, interrupted download (0 if none)
     * @param alreadyCached whether the release was already in the cache and nothing was downloaded
     */
    public record Result(Path zip, String md5, boolean checksumVerified, long resumedFrom, boolean alreadyCached) {
    }

    /** The default cache: $XDG_CACHE_HOME/movierec, or ~/.cache/movierec. */
    public static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("movierec");
    }

    /**
     * Downloads the release (one of {@link #RELEASES}) into the cache, or returns the cached copy
     * (verified when it was downloaded).
     *
     * @throws IllegalArgumentException for an unknown release name
     * @throws IOException when the server cannot be reached ("cannot reach HOST; ..."), answers with
     *     an error, or the file does not match its checksum (the partial file is then removed)
     */
    public Result download(String release, Path cache, Progress progress) throws IOException {
        String zipName = RELEASES.get(release);
        if (zipName == null) {
            throw new IllegalArgumentException("unknown release \"" + release + "\"; choose one of "
                    + String.join(", ", RELEASES.keySet()));
        }
        Files.createDirectories(cache);
        Path target = cache.resolve(zipName);
        Path part = cache.resolve(zipName + ".part");
        if (Files.exists(target)) {
            if (opensAsZip(target)) {
                return new Result(target, md5(target), true, 0, true);
            }
            Files.delete(target);
        }
        Optional<String> expected = publishedMd5(zipName);
        long resumedFrom = Files.exists(part) ? Files.size(part) : 0;
        fetch(base.resolve(zipName), zipName, part, resumedFrom, progress);
        String actual = md5(part);
        if (expected.isPresent() && !expected.get().equalsIgnoreCase(actual)) {
            Files.deleteIfExists(part);
            throw new IOException("the download of " + zipName + " does not match its published checksum (MD5 "
                    + actual + ", expected " + expected.get().toLowerCase() + "); it was removed, run the command again");
        }
        if (!opensAsZip(part)) {
            Files.deleteIfExists(part);
            throw new IOException("the download of " + zipName + " is not a readable zip; it was removed, "
                    + "run the command again");
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(target, actual, expected.isPresent(), resumedFrom, false);
    }

    private Optional<String> publishedMd5(String zipName) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(zipName + ".md5")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException(host() + " answered HTTP " + response.statusCode() + " for " + zipName + ".md5");
        }
        Matcher m = MD5.matcher(response.body());
        if (!m.find()) {
            throw new IOException("the checksum file " + zipName + ".md5 holds no MD5 checksum");
        }
        return Optional.of(m.group(1));
    }

    /**
     * Downloads a metadata source into the cache, or returns the cached copy once it matches the pinned
     * checksums again. From a mirror (a base other than GroupLens) the file is fetched as base + file name.
     *
     * @throws IOException as for releases; a file that does not match its pins is removed
     */
    public Result download(MetadataDownload source, Path cache, Progress progress) throws IOException {
        Files.createDirectories(cache);
        Path target = cache.resolve(source.fileName());
        Path part = cache.resolve(source.fileName() + ".part");
        if (Files.exists(target)) {
            try {
                source.verify(target);
                return new Result(target, md5(target), true, 0, true);
            } catch (IOException e) {
                Files.delete(target);
            }
        }
        URI url = base.equals(GROUPLENS) ? source.url() : base.resolve(source.fileName());
        long resumedFrom = Files.exists(part) ? Files.size(part) : 0;
        fetch(url, source.fileName(), part, resumedFrom, progress);
        try {
            source.verify(part);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw new IOException(e.getMessage() + "; it was removed, run the command again", e);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(target, md5(target), true, resumedFrom, false);
    }

    private void fetch(URI url, String zipName, Path part, long have, Progress progress) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 416 && have > 0) {
                return;
            }
            if (status != 200 && status != 206) {
                throw new IOException(url.getHost() + " answered HTTP " + status + " for " + zipName);
            }
            boolean append = status == 206;
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            long start = append ? have : 0;
            progress.start("downloading " + zipName, length < 0 ? -1 : start + length);
            progress.step(start);
            try (OutputStream out = append
                    ? Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(part)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = body.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    progress.step(n);
                }
            }
            progress.done();
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (ConnectException | HttpConnectTimeoutException | UnknownHostException
                | UnresolvedAddressException e) {
            throw offline(request, e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException) {
                throw offline(request, e);
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("download interrupted", e);
        }
    }

    private static IOException offline(HttpRequest request, Exception cause) {
        return new IOException("cannot reach " + request.uri().getHost()
                + "; download it yourself and run movierec import PATH", cause);
    }

    private String host() {
        return base.getHost();
    }

    private static boolean opensAsZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The MD5 checksum of a file, as lower-case hex. */
    static String md5(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Checksums.hex(in, "MD5");
        }
    }
}
