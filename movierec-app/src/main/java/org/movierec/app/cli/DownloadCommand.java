package org.movierec.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.movierec.core.io.ReleaseDownloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code movierec download RELEASE}: fetches a MovieLens release from GroupLens into the cache, checksum verified. */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = "Download a MovieLens release from files.grouplens.org into a cache directory, verify its "
                + "checksum, and print where it is. An interrupted download resumes where it stopped.")
public final class DownloadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RELEASE",
            description = "One of: ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, ml-32m, ml-latest-small, ml-latest.")
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
        ReleaseDownloader.Result result = downloader.download(release, dir, ProgressBarProgress.onTerminal("MB", 1 << 20));
        PrintWriter out = spec.commandLine().getOut();
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
