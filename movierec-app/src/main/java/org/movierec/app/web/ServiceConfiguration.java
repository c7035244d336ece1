package org.movierec.app.web;

import org.movierec.app.service.MovieFacts;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.store.Database;
import org.movierec.app.store.TmdbFactsRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.RecommendationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The plain-Java services the controllers use. */
@Configuration
public class ServiceConfiguration {

    @Bean
    ModelRegistry modelRegistry() {
        return new ModelRegistry();
    }

    @Bean
    TmdbPosters tmdbPosters(TmdbProperties tmdb, MovierecProperties properties) {
        return new TmdbPosters(tmdb, properties.dataDir(), java.time.Clock.systemUTC());
    }

    @Bean
    TmdbEnrichment tmdbEnrichment(TmdbProperties tmdb, Database database, MovieFacts facts, ModelJobs jobs) {
        return new TmdbEnrichment(tmdb, new TmdbFactsRepository(database), facts, jobs);
    }

    /** Fetches movie facts from TMDb in the background once the app is up, when an API key is configured. */
    @EventListener(ApplicationReadyEvent.class)
    void fetchTmdbFacts(ApplicationReadyEvent event) {
        TmdbProperties tmdb = event.getApplicationContext().getBean(TmdbProperties.class);
        if (tmdb.tmdbApiKey() != null) {
            event.getApplicationContext().getBean(TmdbEnrichment.class).start();
        }
    }

    @Bean
    RecommendationService recommendationService(MovieLibrary library, ModelRegistry models) {
        return new RecommendationService(library, models);
    }
}
