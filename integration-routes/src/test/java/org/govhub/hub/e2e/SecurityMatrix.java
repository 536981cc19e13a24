package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Who may do what at the hub, with real signed tokens of the issuer the hub trusts: the matrix of
 * the security issue, run against the embedded issuer and against a real Keycloak. Every refusal
 * is an RFC 9457 problem document, and a refused event is not recorded.
 */
interface SecurityMatrix {

    static final String EVENTS = "/api/v1/events";

    ObjectMapper JSON = new ObjectMapper();

    /** The hub's base URL. */
    String hubUrl();

    /** A token of realm client {@code client}, from the issuer the hub trusts. */
    String token(String client);

    /** A token the issuer signed for real estate, whose {@code exp} has passed. */
    String expiredToken();

    /** A token signed with the issuer's key but naming another issuer. */
    String wrongIssuerToken();

    /** A token signed by the issuer for real estate that does not name the hub as its audience. */
    String wrongAudienceToken();

    /** A valid transfer-registered event (seeded property and buyer not used by other tests). */
    ObjectNode transferEvent();

    /** How many exchanges the hub recorded for this CloudEvents id. */
    int recorded(String eventId);

    @Test
    default void noTokenIs401() {
        ObjectNode event = transferEvent();
        assertUnauthenticated(call(HttpMethod.POST, EVENTS, null, event.toString()), event);
        assertUnauthenticated(call(HttpMethod.GET, "/api/v1/exchanges/" + UUID.randomUUID(), null, null), null);
    }

    @Test
    default void aMalformedTokenIs401() {
        ObjectNode event = transferEvent();
        assertUnauthenticated(call(HttpMethod.POST, EVENTS, "not-a-jwt", event.toString()), event);
        assertUnauthenticated(call(HttpMethod.POST, EVENTS, "eyJhbGciOiJSUzI1NiJ9.e30.", event.toString()), event);
    }

    @Test
    default void aTokenWithABadSignatureIs401() throws Exception {
        SignedJWT genuine = SignedJWT.parse(token("realestate"));
        // The same header (kid included) and claims, signed with a key the issuer never had.
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT resigned = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(genuine.getHeader().getKeyID()).type(genuine.getHeader().getType()).build(),
                genuine.getJWTClaimsSet());
        resigned.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        ObjectNode event = transferEvent();
        assertUnauthenticated(call(HttpMethod.POST, EVENTS, resigned.serialize(), event.toString()), event);
        // And the genuine signature bytes, one flipped.
        byte[] signature = genuine.getSignature().decode();
        signature[signature.length / 2] ^= 0x01;
        String tampered = genuine.getHeader().toBase64URL() + "." + genuine.getPayload().toBase64URL() + "."
                + Base64URL.encode(signature);
        assertUnauthenticated(call(HttpMethod.POST, EVENTS, tampered, event.toString()), event);
    }

    @Test
    default void anUnsignedTokenAlgNoneIs401() throws Exception {
        SignedJWT genuine = SignedJWT.parse(token("realestate"));
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)).toString();
        String unsigned = header + "." + genuine.getPayload().toBase64URL() + ".";
        ObjectNode event = transferEvent();
        assertUnauthenticated(call(HttpMethod.POST, EVENTS, unsigned, event.toString()), event);
    }

    @Test
    default void anExpiredTokenIs401() {
        ObjectNode event = transferEvent();
        Response r = call(HttpMethod.POST, EVENTS, expiredToken(), event.toString());
        assertUnauthenticated(r, event);
        assertThat(r.body()).contains("expired");
    }

    @Test
    default void aTokenOfAnotherIssuerIs401() {
        ObjectNode event = transferEvent();
        Response r = call(HttpMethod.POST, EVENTS, wrongIssuerToken(), event.toString());
        assertUnauthenticated(r, event);
        assertThat(r.body()).contains("iss");
    }

    @Test
    default void aTokenForAnotherAudienceIs401() {
        ObjectNode event = transferEvent();
        Response r = call(HttpMethod.POST, EVENTS, wrongAudienceToken(), event.toString());
        assertUnauthenticated(r, event);
        assertThat(r.body()).contains("aud");
    }

    @Test
    default void aValidTokenWithoutTheRoleIs403() {
        ObjectNode event = transferEvent();
        Response integrator = call(HttpMethod.POST, EVENTS, token("govhub-integrator"), event.toString());
        assertForbidden(integrator);
        assertThat(recorded(event.path("id").asText())).isZero();

        assertForbidden(call(HttpMethod.GET, "/actuator/metrics", token("water"), null));
        assertForbidden(call(HttpMethod.GET, "/api/v1/exchanges/" + UUID.randomUUID(), token("govhub-integrator"), null));
        assertForbidden(call(HttpMethod.POST, "/api/v1/replay/" + UUID.randomUUID(), token("govhub-auditor"), "{}"));
    }

    @Test
    default void anEventWhoseSourceIsAnotherAgencyIs403() {
        ObjectNode event = transferEvent();
        Response r = call(HttpMethod.POST, EVENTS, token("water"), event.toString());
        assertForbidden(r);
        assertThat(parse(r.body()).path("type").asText()).isEqualTo("https://govhub.org/problems/forbidden-event");
        assertThat(parse(r.body()).path("detail").asText()).contains("'water'").contains("'realestate'");
        assertThat(recorded(event.path("id").asText())).isZero();
    }

    @Test
    default void anAgencyReadsOnlyExchangesItIsAPartyTo() {
        ObjectNode event = transferEvent();
        Response accepted = call(HttpMethod.POST, EVENTS, token("realestate"), event.toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String exchange = "/api/v1/exchanges/" + parse(accepted.body()).path("exchangeId").asText();

        Response other = call(HttpMethod.GET, exchange, token("tax"), null);
        assertThat(other.status()).as("tax is no party to a property transfer").isEqualTo(404);
        assertThat(parse(other.body()).path("type").asText()).isEqualTo("https://govhub.org/problems/exchange-not-found");

        assertThat(call(HttpMethod.GET, exchange, token("realestate"), null).status()).isEqualTo(200);
        assertThat(call(HttpMethod.GET, exchange, token("water"), null).status()).as("a recipient").isEqualTo(200);
        assertThat(call(HttpMethod.GET, exchange, token("govhub-auditor"), null).status()).isEqualTo(200);
    }

    @Test
    default void aValidTokenWithTheRightRoleIsAccepted() {
        ObjectNode event = transferEvent();
        Response r = call(HttpMethod.POST, EVENTS, token("realestate"), event.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String exchangeId = parse(r.body()).path("exchangeId").asText();
        JsonNode exchange = parse(call(HttpMethod.GET, "/api/v1/exchanges/" + exchangeId, token("govhub-operator"), null).body());
        assertThat(exchange.path("caller").asText()).as("the authenticated agency is the caller").isEqualTo("realestate");
        assertThat(recorded(event.path("id").asText())).isEqualTo(1);
        assertThat(call(HttpMethod.GET, "/actuator/metrics", token("govhub-operator"), null).status()).isEqualTo(200);
    }

    @Test
    default void theContractsArePublished() {
        Response index = call(HttpMethod.GET, "/api/v1/contracts", token("govhub-integrator"), null);
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        assertThat(parse(index.body()).path("mandates").toString()).contains("M1-property-transfer-utilities.v1.yaml");
        Response mandate = call(HttpMethod.GET, "/api/v1/contracts/mandates/M1-property-transfer-utilities.v1.yaml",
                token("govhub-integrator"), null);
        assertThat(mandate.status()).isEqualTo(200);
        assertThat(mandate.body()).contains("gov.realestate.transfer-registered.v1");
        assertThat(call(HttpMethod.GET, "/api/v1/contracts/mandates/..%2F..%2Fapplication.yaml",
                token("govhub-integrator"), null).status()).isIn(400, 404);
        // Published: anyone may read them, with or without a token, and the portal renders them.
        Response anonymous = call(HttpMethod.GET, "/api/v1/contracts", null, null);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(call(HttpMethod.GET, "/api/v1/contracts", token("water"), null).status()).isEqualTo(200);
        Response overview = call(HttpMethod.GET, "/api/v1/contracts/overview", null, null);
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        JsonNode m1 = parse(overview.body()).path("mandates").get(0);
        assertThat(m1.path("id").asText()).isEqualTo("M1");
        assertThat(m1.path("section").asText()).isEqualTo("Part 5.5 (五、(五))");
        assertThat(m1.path("flows").get(0).path("recipients").findValuesAsText("agency"))
                .containsExactly("water", "power", "gas", "heat");
        assertThat(m1.path("flows").get(0).path("recipients").get(0).path("fields").toString())
                .contains("newOwner.idNumber").doesNotContain("price");
        assertThat(parse(overview.body()).path("channels").findValuesAsText("address"))
                .contains("gov.realestate.transfer-registered.v1", "agency.water.account-transfer.v1");
        assertThat(parse(overview.body()).path("agencyApis").toString()).contains("water.v1.yaml");
        Response portal = call(HttpMethod.GET, "/contracts/", null, null);
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.body()).contains("GovHub published contracts").contains("contracts.js");
        Response swagger = call(HttpMethod.GET, "/webjars/swagger-ui/swagger-ui-bundle.js", null, null);
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.body()).contains("SwaggerUIBundle");
        assertThat(call(HttpMethod.GET, "/api/v1/contracts/asyncapi.yaml", null, null).body()).startsWith("asyncapi: 3");
        // Nothing else became public with them.
        assertThat(call(HttpMethod.GET, "/api/v1/exchanges", null, null).status()).isEqualTo(401);
    }

    default void assertUnauthenticated(Response r, ObjectNode event) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.wwwAuthenticate()).startsWith("Bearer");
        assertThat(parse(r.body()).path("type").asText()).isEqualTo("https://govhub.org/problems/unauthenticated");
        if (event != null) {
            assertThat(recorded(event.path("id").asText())).as("a refused event is not recorded").isZero();
        }
    }

    default void assertForbidden(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    default Response call(HttpMethod method, String path, String bearer, String body) {
        var spec = TestHttp.create(hubUrl()).method(method).uri(path);
        if (bearer != null) {
            spec = spec.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            spec = spec.contentType(MediaType.parseMediaType(path.equals(EVENTS) ? "application/cloudevents+json"
                    : "application/json")).body(body);
        }
        return spec.exchange((req, res) -> new Response(res.getStatusCode().value(),
                String.valueOf(res.getHeaders().getContentType()),
                String.valueOf(res.getHeaders().getFirst("WWW-Authenticate")),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    default JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** A transfer-registered event for a seeded property and buyer, with a fresh id. */
    default ObjectNode transferEvent(JsonNode seed, int property, int buyer) {
        JsonNode p = seed.path("properties").path(property);
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "realestate")
                .put("type", "gov.realestate.transfer-registered.v1").put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        data.put("applicationNo", "GT20261125T" + (1000 + (int) (Math.random() * 9000)))
                .put("unitNumber", p.path("unitNumber").asText())
                .put("certificateNo", p.path("certificateNo").asText())
                .put("address", p.path("address").asText())
                .put("divisionCode", "371526").put("transferDate", "2026-11-25").put("price", "650000.00");
        data.set("newOwner", seed.path("buyers").path(buyer).deepCopy());
        data.set("previousOwner", p.path("owner").deepCopy());
        return event;
    }

    record Response(int status, String contentType, String wwwAuthenticate, String body) {
    }
}
