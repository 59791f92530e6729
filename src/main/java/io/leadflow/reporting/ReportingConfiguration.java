package io.leadflow.reporting;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database's flavour of elapsed-time SQL, told once at startup. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    Elapsed elapsed(DataSource dataSource) {
        return Elapsed.of(dataSource);
    }
}
