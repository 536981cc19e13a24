package org.govhub.connectors.support;

import java.time.Duration;

/**
 * Where an agency system is and how long to wait for it. Every connector binds one of these
 * under {@code govhub.connectors.<agency>}; credentials, when an agency needs them, come from
 * configuration or the environment, never from committed files.
 */
public class AgencyEndpointProperties {

    /** Base URL of the agency system's API, e.g. http://127.0.0.1:8090/water. */
    private String baseUrl;
    /** TCP connect timeout. */
    private Duration connectTimeout = Duration.ofSeconds(2);
    /** Time to wait for the agency's answer; past it the call counts as a transient failure. */
    private Duration readTimeout = Duration.ofSeconds(10);
    /** Whether this connector's routes run in this hub. */
    private boolean enabled = true;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
