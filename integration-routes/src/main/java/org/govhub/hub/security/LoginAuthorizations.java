package org.govhub.hub.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * What the embedded issuer keeps: only a person's login between its two steps, the authorization
 * code from {@code /oauth2/authorize} until it is redeemed at {@code /oauth2/token}. Issued tokens
 * are self-contained and never kept (no introspection, no revocation, no refresh), so a redeemed
 * code is forgotten at once, and so is any client-credentials grant. At most {@value #MAX_PENDING}
 * logins are pending at a time; the oldest unredeemed one goes first. One hub instance's memory:
 * behind several instances a person must come back to the one that issued the code.
 */
final class LoginAuthorizations implements OAuth2AuthorizationService {

    static final int MAX_PENDING = 1000;

    private final Map<String, OAuth2Authorization> pending = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OAuth2Authorization> eldest) {
            return size() > MAX_PENDING;
        }
    };

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        if (!AuthorizationGrantType.AUTHORIZATION_CODE.equals(authorization.getAuthorizationGrantType())
                || authorization.getAccessToken() != null) {
            pending.remove(authorization.getId());
            return;
        }
        pending.put(authorization.getId(), authorization);
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        pending.remove(authorization.getId());
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return pending.get(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        for (OAuth2Authorization a : pending.values()) {
            boolean byState = (tokenType == null || OAuth2ParameterNames.STATE.equals(tokenType.getValue()))
                    && token.equals(a.getAttribute(OAuth2ParameterNames.STATE));
            OAuth2Authorization.Token<OAuth2AuthorizationCode> code = a.getToken(OAuth2AuthorizationCode.class);
            boolean byCode = (tokenType == null || OAuth2ParameterNames.CODE.equals(tokenType.getValue()))
                    && code != null && token.equals(code.getToken().getTokenValue());
            if (byState || byCode) {
                return a;
            }
        }
        return null;
    }
}
