package io.leadflow.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Real UTC time; only the demo seeder moves it (tests may replace it with their own clock). */
    @Bean
    SimulatedTime clock() {
        return new SimulatedTime();
    }
}
