package io.leadflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Leadflow: every sales lead is one long-running Camunda process instance. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LeadflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadflowApplication.class, args);
    }
}
