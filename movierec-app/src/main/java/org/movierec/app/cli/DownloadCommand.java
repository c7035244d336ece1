package org.movierec.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.movierec.core.io.ReleaseDownloader;
import org.movierec.core.io.metadata.MetadataDownload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code movierec download NAME}: fetches a MovieLens release from GroupLens, or a metadata source (HetRec 2011,
 * the MeLU ml-1m facts), into the cache, checksum verified, and states the metadata's licence.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = "Download a MovieLens release from files.grouplens.org, or a movie metadata source, into a cache "
                + "directory, verify its checksum, and print where it is. An interrupted download resumes where it stopped.")
public final class DownloadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME",
            description = "A release (ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, ml-32m, ml-latest-small, ml-latest) or a "
                    + "metadata source (hetrec-2011: directors, actors, countries, tags of the ml-10m movies, non-commercial; "
                    + "melu-ml-1m: directors, writers, actors, plots of the ml-1m movies).")
    String release;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Cache directory. Default: $XDG_CACHE_HOME/movierec or ~/.cache/movierec.")
    Path cache;

    @Option(names = "--mirror", paramLabel = "URL", hidden = true,
            description = "Base address to download from instead of GroupLens.")
    URI mirror;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReleaseDownloader downloader = new ReleaseDownloader(mirror != null ? mirror : ReleaseDownloader.GROUPLENS);
        Path dir = cache != null ? cache : ReleaseDownloader.defaultCache();
        PrintWriter out = spec.commandLine().getOut();
        MetadataDownload metadata = MetadataDownload.KNOWN.get(release);
        if (metadata != null) {
            out.println("licence: " + metadata.licence());
            out.flush();
            ReleaseDownloader.Result result = downloader.download(metadata, dir, ProgressBarProgress.onTerminal("MB", 1 << 20));
            out.println((result.alreadyCached() ? release + " is already in the cache: " : "downloaded " + release + " to ")
                    + result.zip() + (result.resumedFrom() > 0 ? " (resumed after " + result.resumedFrom() + " bytes)" : "")
                    + "; pinned SHA-256 checksums verified");
            out.println("next: movierec serve --metadata " + release + ", or --metadata " + result.zip() + " with evaluate");
            out.flush();
            return 0;
        }
        ReleaseDownloader.Result result = downloader.download(release, dir, ProgressBarProgress.onTerminal("MB", 1 << 20));
        if (result.alreadyCached()) {
            out.println(release + " is already in the cache: " + result.zip());
        } else {
            out.println("downloaded " + release + " to " + result.zip()
                    + (result.resumedFrom() > 0 ? " (resumed after " + result.resumedFrom() + " bytes)" : "")
                    + (result.checksumVerified() ? "; MD5 " + result.md5() + " verified"
                            : "; no checksum published, checked that the zip opens"));
        }
        out.println("next: movierec import " + result.zip());
        out.flush();
        return 0;
    }
}
