package org.govhub.hub.e2e;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The tests' HTTP clients: the JDK's HttpClient, which sends exactly the requests a test makes.
 * With Apache HttpClient 5 on the class path (the connectors' client), {@code RestClient.create()}
 * would pick it with its default retry strategy, which re-sends a request answered 503 or 429 with
 * {@code Retry-After} once the wait is over: a test of those answers would see the retry's.
 */
final class TestHttp {

    private TestHttp() {
    }

    static RestClient.Builder builder() {
        return RestClient.builder().requestFactory(new JdkClientHttpRequestFactory());
    }

    static RestClient create() {
        return builder().build();
    }

    static RestClient create(String baseUrl) {
        return builder().baseUrl(baseUrl).build();
    }
}
