package org.govhub.hub.sharing;

import org.govhub.contracts.catalogue.SharingCatalogue;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** M9's catalogue, loaded once and checked against its schema and the M9 declaration before use. */
@Configuration(proxyBeanMethods = false)
public class SharingConfiguration {

    @Bean
    SharingCatalogue sharingCatalogue(MandateCatalog mandates) {
        SharingCatalogue catalogue = SharingCatalogue.fromClasspath();
        String declared = mandates.byId(SharingRequests.MANDATE).map(MandateDeclaration::catalogue).orElse(null);
        if (declared == null || !SharingCatalogue.DOCUMENT.equals("contracts/" + declared)) {
            throw new IllegalStateException("the M9 declaration names catalogue " + declared + ", the hub serves "
                    + SharingCatalogue.DOCUMENT);
        }
        return catalogue;
    }
}
