package org.movierec.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result files tables are drawn from: {@code docs/results/NAME.json}, or the same name in a folder of
 * fresh runs when one is given (how {@code movierec report --check} compares a fresh run with the published one).
 */
public final class ResultFiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path published;
    private final Path fresh;

    /** Files of {@code published}, overridden by those of {@code fresh} (may be null). */
    public ResultFiles(Path published, Path fresh) {
        this.published = published;
        this.fresh = fresh;
    }

    /** The parsed result file NAME.json. */
    public JsonNode read(String name) {
        Path file = fresh != null && Files.exists(fresh.resolve(name + ".json")) ? fresh.resolve(name + ".json")
                : published.resolve(name + ".json");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing; `movierec report` writes it");
        }
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
