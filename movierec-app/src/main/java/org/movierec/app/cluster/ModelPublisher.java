package org.movierec.app.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.store.PublishedModelRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a model this instance trained (or loaded from its own file) available to every instance: its model
 * file's bytes go into {@code model_files} under the version (its training record's id), and this instance
 * notes it serves that version. Other instances load it through {@link ModelRollout}.
 */
@Component
public class ModelPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ModelPublisher.class);

    private final PublishedModelRepository published;
    private final ServedVersions served;

    public ModelPublisher(PublishedModelRepository published, ServedVersions served) {
        this.published = published;
        this.served = served;
    }

    /**
     * Publishes the model's file as the version unless it is published already; a model without a file
     * (it could not be saved) is served here only.
     */
    public void publish(long version, TrainedModel model) {
        served.serving(model.name(), version);
        if (model.file() == null || published.isPublished(version)) {
            return;
        }
        try {
            byte[] content = Files.readAllBytes(model.file());
            published.publish(version, model.name(), ModelTrainer.parameters(model.params()), sha256(content), content);
            LOG.info("Published the {} model as version {} ({} bytes)", model.name(), version, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model file " + model.file() + " to publish it", e);
        }
    }

    /** The SHA-256 of the bytes in hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
