package org.govhub.connectors.creditsubscriber;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subscribing agency systems that receive credit-rating notices through the platform's
 * published interface (contracts/agencies/credit-subscriber.v1.yaml):
 * {@code govhub.connectors.credit-subscribers.*}. Each agency listed in {@code agencies} gets
 * its own route {@code <agency>-sink-credit-rating-notice} on
 * {@code agency.<agency>.credit-rating-notice.v1}, its own circuit breaker and dead letters.
 */
public class CreditSubscribersProperties {

    /** Base URL under which each system serves {@code /<agency>/credit-notices} unless it names its own. */
    private String baseUrl = "http://127.0.0.1:8090/subscribers";
    /** The token every subscriber issued to the hub, unless it names its own. */
    private String apiToken;
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(10);
    /** The subscribers' agency ids. */
    private List<String> agencies = new ArrayList<>();
    /** A subscriber's own base-url and api-token, by agency id, where it differs from the defaults. */
    private Map<String, Subscriber> systems = new LinkedHashMap<>();

    public static class Subscriber {
        private String baseUrl;
        private String apiToken;

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getApiToken() {
            return apiToken;
        }

        public void setApiToken(String apiToken) {
            this.apiToken = apiToken;
        }
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
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

    public List<String> getAgencies() {
        return agencies;
    }

    public void setAgencies(List<String> agencies) {
        this.agencies = agencies;
    }

    public Map<String, Subscriber> getSystems() {
        return systems;
    }

    public void setSystems(Map<String, Subscriber> systems) {
        this.systems = systems;
    }
}
