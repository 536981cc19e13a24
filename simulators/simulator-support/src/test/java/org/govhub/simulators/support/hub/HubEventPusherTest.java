package org.govhub.simulators.support.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.govhub.simulators.support.testkit.FakeHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class HubEventPusherTest {

    private static final FakeHub HUB = FakeHub.start();
    private final ObjectMapper mapper = new ObjectMapper();
    private HubPushJournal journal;
    private HubEventPusher pusher;
    private MockEnvironment environment;

    @BeforeEach
    void setUp() {
        HUB.clear();
        HubClientProperties properties = new HubClientProperties();
        properties.setUrl(HUB.url());
        properties.setTokenUrl(HUB.tokenUrl());
        properties.setBackoff(Duration.ofMillis(5));
        HubClientProperties.Client court = new HubClientProperties.Client();
        court.setClientSecret(FakeHub.CLIENT_SECRET);
        properties.getClients().put("court", court);
        environment = new MockEnvironment().withProperty("GOVHUB_CLIENT_SECRET_TAX", FakeHub.CLIENT_SECRET);
        journal = new HubPushJournal();
        pusher = new HubEventPusher(properties, new HubTokens(properties, environment), journal, mapper);
    }

    @AfterAll
    static void stop() {
        HUB.stop();
    }

    @Test
    void anEventGoesAsAStructuredCloudEventWithTheAgencysOwnTokenWhichIsKeptUntilItExpires() throws Exception {
        String event = pusher.cloudEvent("court", "gov.court.disposal-ordered.v1", mapper.createObjectNode().put("caseNumber", "x"));

        int tokensBefore = HUB.tokensIssued();
        HubPush first = pusher.push("court", event);
        HubPush second = pusher.push("court", event);

        assertThat(first.status()).isEqualTo(HubPush.Status.ACCEPTED);
        assertThat(first.exchangeId()).isNotBlank();
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(second.accepted()).isTrue();
        assertThat(HUB.tokensIssued() - tokensBefore).as("one token for both pushes").isEqualTo(1);
        FakeHub.Received r = HUB.received().get(0);
        assertThat(r.path()).isEqualTo("/api/v1/events");
        assertThat(r.client()).isEqualTo("court");
        assertThat(r.contentType()).isEqualTo("application/cloudevents+json");
        JsonNode sent = mapper.readTree(r.body());
        assertThat(sent.path("specversion").asText()).isEqualTo("1.0");
        assertThat(sent.path("source").asText()).isEqualTo("court");
        assertThat(sent.path("type").asText()).isEqualTo("gov.court.disposal-ordered.v1");
        assertThat(sent.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(sent.path("time").asText()).isNotBlank();
        assertThat(HUB.received().get(1).body()).as("a re-send is the same bytes").isEqualTo(r.body());
        assertThat(journal.entries("court", null)).hasSize(2)
                .allSatisfy(p -> assertThat(p.eventId()).isEqualTo(sent.path("id").asText()));
    }

    @Test
    void aSecretFromTheEnvironmentVariableOfTheAgencyIsUsedWhenNoneIsConfigured() {
        HubPush push = pusher.push("tax", pusher.cloudEvent("tax", "gov.tax.deed-tax-paid.v1", mapper.createObjectNode()));

        assertThat(push.accepted()).isTrue();
        assertThat(HUB.received().get(0).client()).isEqualTo("tax");
    }

    @Test
    void anAgencyWithoutASecretFailsClearlyAndNothingIsSent() {
        HubPush push = pusher.push("civil", pusher.cloudEvent("civil", "gov.civil.marriage-status-shared.v1", mapper.createObjectNode()));

        assertThat(push.status()).isEqualTo(HubPush.Status.FAILED);
        assertThat(push.detail()).contains("GOVHUB_CLIENT_SECRET_CIVIL");
        assertThat(HUB.received()).isEmpty();
    }

    @Test
    void fiveHundredsAndDroppedConnectionsAreRetriedWithBackoffUntilTheHubTakesTheEvent() {
        HUB.answerNext(FakeHub.Mode.UNAVAILABLE, FakeHub.Mode.RESET);

        HubPush push = pusher.push("court", pusher.cloudEvent("court", "t", mapper.createObjectNode()));

        assertThat(push.status()).isEqualTo(HubPush.Status.ACCEPTED);
        assertThat(push.attempts()).isEqualTo(3);
        assertThat(HUB.received()).hasSize(3);
    }

    @Test
    void aHubDownThroughEveryAttemptIsAFailedPushNamingTheStatus() {
        HUB.answer(FakeHub.Mode.UNAVAILABLE);

        HubPush push = pusher.push("court", pusher.cloudEvent("court", "t", mapper.createObjectNode()));

        assertThat(push.status()).isEqualTo(HubPush.Status.FAILED);
        assertThat(push.detail()).isEqualTo("hub answered HTTP 503");
        assertThat(push.attempts()).isEqualTo(3);
        assertThat(journal.entries(null, null)).singleElement().extracting(HubPush::status).isEqualTo(HubPush.Status.FAILED);
    }

    @Test
    void aRefusalIsFinalAndKeepsTheHubsProblemDocument() {
        HUB.answer(FakeHub.Mode.REFUSE);

        HubPush push = pusher.push("court", pusher.cloudEvent("court", "t", mapper.createObjectNode()));

        assertThat(push.status()).isEqualTo(HubPush.Status.REJECTED);
        assertThat(push.httpStatus()).isEqualTo(400);
        assertThat(push.attempts()).as("a 4xx is not retried").isEqualTo(1);
        assertThat(push.problem().path("detail").asText()).isEqualTo("data.caseNumber: does not match the pattern");
        assertThat(push.detail()).isEqualTo("hub refused it: HTTP 400 Bad Request: data.caseNumber: does not match the pattern");
        assertThat(journal.entries("court", "t").get(0).problem()).isEqualTo(push.problem());
    }

    @Test
    void aConsentIsPostedAsJsonAndAnswersItsId() {
        HubPush push = pusher.post("court", HubEventPusher.CONSENTS, Map.of("purpose", "p"), "id");

        assertThat(push.accepted()).isTrue();
        assertThat(push.id()).isNotBlank();
        assertThat(HUB.received().get(0).contentType()).isEqualTo("application/json");
        assertThat(journal.entries(null, null)).as("the push journal is for events").isEmpty();
    }
}
