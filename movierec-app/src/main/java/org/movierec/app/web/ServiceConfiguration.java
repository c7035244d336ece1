package org.movierec.app.web;

import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.RecommendationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    RecommendationService recommendationService(MovieLibrary library, ModelRegistry models) {
        return new RecommendationService(library, models);
    }
}
