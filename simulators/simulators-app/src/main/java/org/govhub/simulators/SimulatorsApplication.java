package org.govhub.simulators;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The simulated agency systems, one process: each agency's API under its own path prefix
 * ({@code /realestate}, {@code /water}, {@code /power}, {@code /gas}, {@code /heat}, {@code /sms}),
 * as its {@code contracts/agencies/<agency>.v1.yaml} describes, with state a person or a test can
 * read back, and simulator controls (faults, the journal of received requests, state) under {@code /_sim}.
 */
@SpringBootApplication
public class SimulatorsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SimulatorsApplication.class, args);
    }
}
