package org.movierec.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import org.movierec.app.web.WebApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code movierec serve}: starts the web application and REST API. On the first start it imports the
 * bundled demo data (ml-latest-small) into the database and trains the default model; later starts
 * reuse both.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web application and REST API (http://localhost:8080 by default).",
                "Any Spring property can follow as --name=value (e.g. --server.address=127.0.0.1, --movierec.tmdb-api-key=...)."})
public final class ServeCommand implements Callable<Integer> {
    /** A Spring property given on the command line: --a.b=value (the name has at least one dot). */
    private static final Pattern SPRING_PROPERTY = Pattern.compile("--[A-Za-z0-9-]+(\\.[A-Za-z0-9\\[\\]-]+)+=.*");

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080, or SERVER_PORT).")
    Integer port;

    @Option(names = "--database", paramLabel = "LOCATION",
            description = "SQLite file or jdbc:postgresql:// URL (default: MOVIEREC_DATABASE, else data/movierec.db).")
    String database;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder for models and copied data (default: MOVIEREC_DATA_DIR, else data).")
    Path dataDir;

    @Option(names = "--data", paramLabel = "PATH|RELEASE",
            description = "Data set to import when the database is empty: a MovieLens release folder or zip, or a release name "
                    + "(ml-100k, ml-1m, ...) to download with checksum into DIR/releases (default: the bundled ml-latest-small).")
    Path data;

    @Option(names = "--metadata", paramLabel = "NAME|PATH",
            description = "Movie metadata to import (repeatable, earlier sources' facts first): hetrec-2011 or melu-ml-1m "
                    + "(downloaded with checksums unless movierec download put them in the cache), or a MeLU, HetRec 2011 or "
                    + "metadata CSV file or folder. Default: the sources in $MOVIEREC_DATASETS.")
    List<String> metadata = new ArrayList<>();

    @Unmatched
    List<String> properties = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        for (String property : properties) {
            if (!SPRING_PROPERTY.matcher(property).matches()) {
                throw new IllegalArgumentException("unknown option '" + property + "' of serve; Spring properties are written "
                        + "--name.with.dots=value, e.g. --server.address=127.0.0.1");
            }
            args.add(property);
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
            }
            args.add("--server.port=" + port);
        }
        if (database != null) {
            args.add("--movierec.database=" + database);
        }
        if (dataDir != null) {
            args.add("--movierec.data-dir=" + dataDir);
        }
        if (data != null) {
            args.add("--movierec.data=" + data);
        }
        for (int k = 0; k < metadata.size(); k++) {
            args.add("--movierec.metadata[" + k + "]=" + metadata.get(k));
        }
        SpringApplication app = new SpringApplication(WebApplication.class);
        app.setRegisterShutdownHook(true);
        ConfigurableApplicationContext context;
        try {
            context = app.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the web application could not start: " + reason(e), e);
        }
        Object lock = new Object();
        synchronized (lock) {
            while (context.isActive()) {
                lock.wait(1000);
            }
        }
        return 0;
    }

    /**
     * The most telling message in the cause chain: the deepest one from movierec itself or about files,
     * ports or bad values, rather than Spring's wrapping of it.
     */
    static String reason(Throwable e) {
        String best = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean ours = t.getClass().getName().startsWith("org.movierec.");
            boolean plain = t instanceof java.io.IOException || t instanceof IllegalArgumentException
                    || t instanceof IllegalStateException && !(t.getMessage() != null && t.getMessage().startsWith("Failed"));
            if ((ours || plain) && t.getMessage() != null && !t.getClass().getName().startsWith("org.springframework.")) {
                best = t.getMessage();
            }
            if (t.getClass().getSimpleName().equals("PortInUseException")) {
                return t.getMessage();
            }
        }
        return best;
    }
}
