package org.govhub.hub;

import java.util.List;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclarationCheck;
import org.govhub.contracts.schema.EventSchemas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published contracts, loaded once from the contracts artifact and checked before use. */
@Configuration(proxyBeanMethods = false)
public class ContractsConfiguration {

    @Bean
    EventSchemas eventSchemas() {
        return EventSchemas.fromClasspath();
    }

    @Bean
    MandateCatalog mandateCatalog(EventSchemas schemas) {
        MandateCatalog catalog = MandateCatalog.fromClasspath();
        // A declaration that names a field its event lacks would share nothing, silently.
        List<String> problems = catalog.all().stream()
                .flatMap(m -> MandateDeclarationCheck.check(m, schemas).stream())
                .toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("mandate declarations do not match the event schemas: " + problems);
        }
        return catalog;
    }
}
