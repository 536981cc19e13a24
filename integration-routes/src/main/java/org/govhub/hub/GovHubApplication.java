package org.govhub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** GovHub: carries out the county plan's data-sharing mandates between agency systems. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GovHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(GovHubApplication.class, args);
    }
}
