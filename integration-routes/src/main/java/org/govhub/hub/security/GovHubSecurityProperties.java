package org.govhub.hub.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Who issues the tokens the hub accepts. With {@code issuer-uri} unset the hub runs its own
 * embedded issuer from the realm file (the default run); set it to a Keycloak realm
 * ({@code http://127.0.0.1:8180/realms/govhub}) and the embedded issuer is gone. Either way every
 * request needs a valid token: there is no setting that turns that off.
 */
@ConfigurationProperties("govhub.security")
public class GovHubSecurityProperties {

    /** The audience every token must carry (Keycloak: the realm's audience mapper). */
    private String audience = "govhub-hub";
    /** An external issuer (a Keycloak realm); blank means the embedded issuer. */
    private String issuerUri;
    /** Where the external issuer's keys are; defaults to Keycloak's {@code <issuer>/protocol/openid-connect/certs}. */
    private String jwkSetUri;
    /** The issuer URI the embedded issuer puts in its tokens. */
    private String embeddedIssuerUri = "http://127.0.0.1:8080";
    /** The realm definition: Keycloak's export format, shared with Keycloak itself. */
    private Resource realm;
    /** Tolerated clock difference between the issuer and the hub when checking exp and nbf. */
    private Duration clockSkew = Duration.ofSeconds(30);

    public boolean embedded() {
        return issuerUri == null || issuerUri.isBlank();
    }

    public String effectiveJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri
                : issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/certs";
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getIssuerUri() {
        return issuerUri;
    }

    public void setIssuerUri(String issuerUri) {
        this.issuerUri = issuerUri;
    }

    public String getJwkSetUri() {
        return jwkSetUri;
    }

    public void setJwkSetUri(String jwkSetUri) {
        this.jwkSetUri = jwkSetUri;
    }

    public String getEmbeddedIssuerUri() {
        return embeddedIssuerUri;
    }

    public void setEmbeddedIssuerUri(String embeddedIssuerUri) {
        this.embeddedIssuerUri = embeddedIssuerUri;
    }

    public Resource getRealm() {
        return realm;
    }

    public void setRealm(Resource realm) {
        this.realm = realm;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }
}
