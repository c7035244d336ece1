package org.movierec.app.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds on what the JSON parser accepts, beyond the request size limits of {@link RequestBodyLimitFilter}: a request
 * document is at most {@value #MAX_DOCUMENT} bytes and {@value #MAX_TOKENS} tokens, nests at most {@value #MAX_DEPTH}
 * deep, and holds no string over {@value #MAX_STRING} characters nor number over {@value #MAX_NUMBER} digits.
 * Spring Boot's customizers still apply.
 */
@Configuration
public class JsonLimitsConfiguration {
    static final long MAX_DOCUMENT = 2L * 1024 * 1024;
    static final long MAX_TOKENS = 200_000;
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 100_000;
    static final int MAX_NUMBER = 100;

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT).maxTokenCount(MAX_TOKENS)
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build();
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
