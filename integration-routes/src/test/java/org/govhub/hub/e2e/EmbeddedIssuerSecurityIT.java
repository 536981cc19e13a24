package org.govhub.hub.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security matrix against the hub's embedded issuer (the default run). Tokens come from its
 * {@code /oauth2/token}; the expired, wrong-issuer and wrong-audience ones are signed with the
 * issuer's own key, so that the claim, not the signature, is what the hub refuses.
 */
class EmbeddedIssuerSecurityIT extends EndToEndSupport implements SecurityMatrix {

    @Autowired
    JWKSource<SecurityContext> issuerKeys;
    @Autowired
    JdbcTemplate jdbc;

    @Override
    public String hubUrl() {
        return "http://127.0.0.1:" + SIMULATORS.hubPort();
    }

    @Override
    public String token(String client) {
        return TOKENS.token(client);
    }

    @Override
    public String expiredToken() {
        return reissue(c -> new JWTClaimsSet.Builder(c)
                .issueTime(ago(600)).notBeforeTime(ago(600)).expirationTime(ago(300)).build());
    }

    @Override
    public String wrongIssuerToken() {
        return reissue(c -> new JWTClaimsSet.Builder(c).issuer("http://127.0.0.1:1/realms/elsewhere").build());
    }

    @Override
    public String wrongAudienceToken() {
        return reissue(c -> new JWTClaimsSet.Builder(c).audience(List.of("account", "another-service")).build());
    }

    @Override
    public ObjectNode transferEvent() {
        return transferEvent(seed(), 11, 8);
    }

    @Override
    public int recorded(String eventId) {
        return jdbc.queryForObject("select count(*) from exchange where event_id = ?", Integer.class, eventId);
    }

    /** A genuine real-estate token's claims, changed, signed again with the issuer's key. */
    private String reissue(UnaryOperator<JWTClaimsSet> change) {
        try {
            SignedJWT genuine = SignedJWT.parse(token("realestate"));
            RSAKey key = (RSAKey) issuerKeys.get(new JWKSelector(new JWKMatcher.Builder().privateOnly(true).build()), null).get(0);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    change.apply(genuine.getJWTClaimsSet()));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Date ago(long seconds) {
        return new Date(System.currentTimeMillis() - seconds * 1000);
    }
}
