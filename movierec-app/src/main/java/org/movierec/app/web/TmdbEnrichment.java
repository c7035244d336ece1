package org.movierec.app.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.movierec.app.service.MovieFacts;
import org.movierec.app.store.TmdbFactsRepository;
import org.movierec.app.store.TmdbFactsRepository.Answer;
import org.movierec.app.store.TmdbFactsRepository.Coverage;
import org.movierec.app.store.TmdbFactsRepository.Link;
import org.movierec.core.algo.content.ContentAlgorithm;
import org.movierec.core.algo.hybrid.HybridAlgorithm;
import org.movierec.core.data.MovieMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Fetches the facts of every catalogue movie with a TMDb id from TMDb in a background thread, when an API key
 * is configured: batches of {@value #BATCH} movies, each batch written in one transaction; every {@value #PUBLISH}
 * movies found, and at the end or a pause, they are added to the served {@link MovieFacts} (so movie pages, people
 * and content features use them; each addition rebuilds the person index, so it is not done per batch). A restart
 * continues with the movies not asked yet. The content and hybrid models are retrained each time the movies
 * with facts grow by the configured fraction, and once at the end. An unreachable TMDb pauses the work for
 * {@link #PAUSE}; a refused key stops it. Thread-safe.
 */
public final class TmdbEnrichment implements DisposableBean {
    static final int BATCH = 20;
    static final int PUBLISH = 500;
    static final Duration PAUSE = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(TmdbEnrichment.class);

    private final TmdbClient client;
    private final TmdbFactsRepository repository;
    private final MovieFacts facts;
    private final ModelJobs jobs;
    private final double retrainFraction;
    private volatile String state = "not started";
    private volatile Thread worker;
    /** Facts stored but not yet served (worker thread only). */
    private final Map<Integer, MovieMetadata> unpublished = new HashMap<>();

    /**
     * Where the work is, for the models page.
     *
     * @param state what the worker does now: "fetching", "done", "paused: why" or "stopped: why"
     */
    public record Status(String state, Coverage coverage) {
    }

    public TmdbEnrichment(TmdbProperties properties, TmdbFactsRepository repository, MovieFacts facts, ModelJobs jobs) {
        this.client = new TmdbClient(properties);
        this.repository = repository;
        this.facts = facts;
        this.jobs = jobs;
        this.retrainFraction = properties.tmdbRetrainFraction();
    }

    /** Starts the background thread (once). */
    public synchronized void start() {
        if (worker == null) {
            worker = new Thread(this::run, "movierec-tmdb-facts");
            worker.setDaemon(true);
            worker.setPriority(Thread.MIN_PRIORITY);
            worker.start();
        }
    }

    public Status status() {
        return new Status(state, repository.coverage());
    }

    private void run() {
        Coverage start = repository.coverage();
        int foundAtRetrain = start.found();
        LOG.info("TMDb facts: {} of {} linked movies asked before, {} found; fetching the rest", start.asked(), start.linked(),
                start.found());
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Link> pending = repository.pending(BATCH);
                if (pending.isEmpty()) {
                    publish();
                    Coverage end = repository.coverage();
                    if (end.found() > foundAtRetrain) {
                        retrain();
                    }
                    state = "done";
                    LOG.info("TMDb facts: done, {} of {} linked movies found", end.found(), end.linked());
                    return;
                }
                state = "fetching";
                try {
                    fetch(pending);
                } catch (TmdbClient.RefusedException e) {
                    publish();
                    state = "stopped: " + e.getMessage();
                    LOG.warn("TMDb facts: {}; set a valid MOVIEREC_TMDB_API_KEY and restart", e.getMessage());
                    return;
                } catch (IOException e) {
                    publish();
                    state = "paused: " + e.getMessage();
                    LOG.warn("TMDb facts paused for {}: {}", PAUSE, e.toString());
                    Thread.sleep(PAUSE.toMillis());
                    continue;
                }
                if (unpublished.size() >= PUBLISH) {
                    publish();
                }
                Coverage now = repository.coverage();
                if (now.found() - foundAtRetrain >= retrainFraction * now.linked()) {
                    publish();
                    foundAtRetrain = now.found();
                    retrain();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            state = "stopped: " + e.getMessage();
            LOG.warn("TMDb facts stopped: {}", e.toString());
        }
    }

    private void fetch(List<Link> pending) throws IOException, InterruptedException {
        List<Answer> answers = new ArrayList<>();
        try {
            for (Link link : pending) {
                answers.add(new Answer(link, client.movie(link.movieId(), link.tmdbId())));
            }
        } finally {
            if (!answers.isEmpty()) {
                repository.save(answers);
                answers.stream().filter(a -> a.facts() != null).forEach(a -> unpublished.put(a.link().movieId(), a.facts()));
            }
        }
    }

    private void publish() {
        if (!unpublished.isEmpty()) {
            facts.add(unpublished);
            unpublished.clear();
        }
    }

    private void retrain() {
        for (String name : List.of(ContentAlgorithm.NAME, HybridAlgorithm.NAME)) {
            try {
                if (jobs.retrain(name)) {
                    LOG.info("TMDb facts: retraining {} with {} movies' facts", name, facts.count());
                }
            } catch (IllegalArgumentException notServed) {
                LOG.debug("{} is not served: {}", name, notServed.getMessage());
            }
        }
    }

    /** Waits until the worker has finished (tests). */
    void awaitDone(Duration timeout) throws InterruptedException {
        Thread current = worker;
        if (current != null) {
            current.join(timeout.toMillis());
        }
    }

    @Override
    public void destroy() {
        Thread current = worker;
        if (current != null) {
            current.interrupt();
        }
    }
}
