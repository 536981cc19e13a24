package org.govhub.hub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person logging in for the console without a browser: authorization code with PKCE through
 * the issuer's own login form (Keycloak's here), as the console's {@code auth.js} does in one.
 * Cookies are kept by hand: Keycloak marks its login cookies Secure even on loopback HTTP, where
 * a browser sends them and Java's cookie store does not.
 */
final class FormLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Logs {@code user} in as public client {@code clientId}; returns the token endpoint's answer. */
    JsonNode logIn(String authorizationEndpoint, String tokenEndpoint, String clientId, String redirectUri,
                   String user, String password) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        URI start = URI.create(authorizationEndpoint + "?" + form(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirectUri, "code_challenge", challenge, "code_challenge_method", "S256",
                "state", "console-test")));
        HttpResponse<String> page = send(HttpRequest.newBuilder(start).GET());
        URI at = start;
        while (page.statusCode() == 302) {
            at = at.resolve(page.headers().firstValue("Location").orElseThrow());
            page = send(HttpRequest.newBuilder(at).GET());
        }
        Matcher action = FORM_ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new AssertionError("no login form at " + at + ": " + page.statusCode());
        }
        URI post = at.resolve(action.group(1).replace("&amp;", "&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(post)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password)))));
        String location = answer.headers().firstValue("Location").orElse("");
        if (!location.startsWith(redirectUri) || !location.contains("code=")) {
            throw new AssertionError("the login did not come back with a code: " + answer.statusCode() + " " + location);
        }
        String code = URI.create(location).getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", java.net.URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri", redirectUri,
                        "client_id", clientId, "code_verifier", verifier)))).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new AssertionError("the token endpoint refused the code: " + token.statusCode() + " " + token.body());
        }
        return MAPPER.readTree(token.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
