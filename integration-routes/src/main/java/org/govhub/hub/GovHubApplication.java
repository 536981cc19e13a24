package org.govhub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** GovHub: carries out the county plan's data-sharing mandates between agency systems. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(GovHubApplication.class, args);
    }
}
