package org.govhub.simulators.support.hub;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How every simulated agency that originates events reaches the hub ({@code govhub.simulators.hub.*}):
 * the hub's base URL (events go to {@code /api/v1/events}, consents to {@code /api/v1/consents}),
 * the issuer's token endpoint, timeouts and retries, and per agency its OAuth2 client
 * ({@code govhub.simulators.hub.clients.<agency>.client-id}/{@code client-secret}). An agency with
 * no configured client authenticates as the client named like itself, with the secret from the
 * environment variable {@code GOVHUB_CLIENT_SECRET_<AGENCY>}, as the realm file names it.
 */
@ConfigurationProperties("govhub.simulators.hub")
public class HubClientProperties {

    /** An agency's OAuth2 client at the hub's issuer. */
    public static class Client {
        private String clientId;
        /** From the environment, never from a committed file. */
        private String clientSecret;

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }
    }

    /** The hub's base URL. */
    private String url = "http://127.0.0.1:8080";
    /** The issuer's token endpoint: the hub's embedded issuer, or the Keycloak realm's. */
    private String tokenUrl = "http://127.0.0.1:8080/oauth2/token";
    private Duration connectTimeout = Duration.ofSeconds(2);
    /** Past it one attempt counts as failed (and is retried); what the agency recorded stands. */
    private Duration readTimeout = Duration.ofSeconds(5);
    /** Attempts per push when the hub answers 5xx or cannot be reached (1 = no retry). */
    private int maxAttempts = 3;
    /** The wait before the second attempt; doubled before each further one. */
    private Duration backoff = Duration.ofMillis(200);
    private Map<String, Client> clients = new LinkedHashMap<>();

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getBackoff() {
        return backoff;
    }

    public void setBackoff(Duration backoff) {
        this.backoff = backoff;
    }

    public Map<String, Client> getClients() {
        return clients;
    }

    public void setClients(Map<String, Client> clients) {
        this.clients = clients;
    }
}
