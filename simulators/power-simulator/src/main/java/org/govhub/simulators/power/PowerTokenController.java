package org.govhub.simulators.power;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /power/oauth/token}: OAuth2 client credentials, the client authenticating by HTTP Basic. */
@RestController
class PowerTokenController {

    private final PowerTokens tokens;

    PowerTokenController(PowerTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = PowerTokens.TOKEN_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                              @RequestParam(name = "grant_type", required = false) String grantType) {
        if (!tokens.isClient(authorization)) {
            return ResponseEntity.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"power\"")
                    .body(Map.of("error", "invalid_client"));
        }
        if (!"client_credentials".equals(grantType)) {
            return ResponseEntity.badRequest().body(Map.of("error", "unsupported_grant_type"));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Map.of("access_token", tokens.issue(), "token_type", "Bearer",
                        "expires_in", tokens.lifetimeSeconds()));
    }
}
