package org.govhub.connectors.support;

import java.time.Duration;
import java.util.Objects;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** HTTP set-up shared by connectors: timeouts on every call, and one mapping of transport errors. */
public final class AgencyHttp {

    /**
     * Connections kept open to one agency system: more than any number of consumers calling it
     * (the connectors' default is 1, the hub's M1 agencies 4; bench/README.md), so that no call
     * waits for a connection.
     */
    static final int MAX_CONNECTIONS_PER_AGENCY = 32;

    /**
     * Message converters are made once and copied into every client: each new builder made its
     * own set, JSON and XML object mappers included, about 5 % of the hub's start-up.
     */
    private static final RestClient.Builder CONVERTERS = RestClient.builder().messageConverters(converters -> {
    });

    private AgencyHttp() {
    }

    /** A client for one agency system that needs no credentials, with its connect and read timeouts. */
    public static RestClient restClient(AgencyEndpointProperties endpoint) {
        return builder(endpoint).build();
    }

    /**
     * A client for one agency system that authenticates with {@code auth} (see {@link AgencyAuth}).
     * A 401 or 403 answer becomes {@link AgencyAuthenticationException} whatever the caller's
     * status handlers say, so a refused credential is never read as a business answer.
     */
    public static RestClient restClient(String agency, AgencyEndpointProperties endpoint,
                                        ClientHttpRequestInterceptor... auth) {
        RestClient.Builder builder = builder(endpoint).requestInterceptor(refusedCredentials(agency));
        for (ClientHttpRequestInterceptor interceptor : auth) {
            builder.requestInterceptor(interceptor);
        }
        return builder.build();
    }

    private static ClientHttpRequestInterceptor refusedCredentials(String agency) {
        return (request, body, execution) -> {
            ClientHttpResponse response = execution.execute(request, body);
            int status = response.getStatusCode().value();
            if (status == 401 || status == 403) {
                response.close();
                throw new AgencyAuthenticationException(agency + " refused the hub's credentials (HTTP " + status
                        + "); check govhub.connectors." + agency + ".*");
            }
            return response;
        };
    }

    private static RestClient.Builder builder(AgencyEndpointProperties endpoint) {
        Objects.requireNonNull(endpoint.getBaseUrl(), "base-url of the agency system is not configured");
        return CONVERTERS.clone().baseUrl(endpoint.getBaseUrl())
                .requestFactory(requestFactory(endpoint.getConnectTimeout(), endpoint.getReadTimeout()));
    }

    /**
     * HTTP/1.1 on pooled connections, each call on the caller's thread, with the connect timeout
     * and the read timeout (both also for a connection taken from the pool). The client does
     * exactly the one request it is given: no retries of its own (the connector's retry policy
     * decides, with the command's idempotency in mind), no redirects followed, no cookies kept,
     * no compression asked for. A connection idle for more than a second is checked before it is
     * reused, so one the agency closed in the meantime is not mistaken for an outage.
     */
    public static ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_AGENCY)
                .setMaxConnTotal(MAX_CONNECTIONS_PER_AGENCY)
                .build();
        var client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .build();
        var factory = new HttpComponentsClientHttpRequestFactory(client);
        factory.setConnectionRequestTimeout(connectTimeout);
        factory.setReadTimeout(readTimeout);
        return factory;
    }

    /** One call to an agency, whose transport failures and 5xx answers are transient. */
    @FunctionalInterface
    public interface Call<T> {
        T run();
    }

    /**
     * Runs {@code call}, turning timeouts, refused or reset connections, answers broken off
     * mid-way and 5xx answers into
     * {@link AgencyUnavailableException} (retried) and 4xx answers the caller did not handle
     * into {@link ContractViolationException} (not retried).
     */
    public static <T> T call(String agency, Call<T> call) throws AgencyUnavailableException {
        try {
            return call.run();
        } catch (ResourceAccessException e) {
            throw new AgencyUnavailableException(agency + " unreachable: " + rootMessage(e), e);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().is5xxServerError()) {
                throw new AgencyUnavailableException(agency + " answered HTTP " + e.getStatusCode().value(), e);
            }
            throw new ContractViolationException(agency + " answered HTTP " + e.getStatusCode().value()
                    + ", which its contract does not document for this call", e);
        } catch (RestClientException e) {
            // The answer could not be read: broken off mid-way (an I/O error, transient), or not
            // convertible at all (the agency's contract is broken).
            if (causedBy(e, java.io.IOException.class)) {
                throw new AgencyUnavailableException(agency + " broke off its answer: " + rootMessage(e), e);
            }
            throw new ContractViolationException(agency + " answered something unreadable: " + rootMessage(e), e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
