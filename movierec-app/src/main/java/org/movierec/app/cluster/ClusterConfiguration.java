package org.movierec.app.cluster;

import org.movierec.app.store.ChangeLogRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of running several instances on one database that are not components themselves. */
@Configuration
@EnableConfigurationProperties(ClusterProperties.class)
public class ClusterConfiguration {

    /** The change log's position before the data is loaded (the movie library depends on this bean). */
    @Bean
    ChangeLogStart changeLogStart(ChangeLogRepository log) {
        return new ChangeLogStart(log.lastSeq());
    }
}
