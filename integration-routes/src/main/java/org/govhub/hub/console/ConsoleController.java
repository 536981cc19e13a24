package org.govhub.hub.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.hub.security.GovHubSecurityProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The operators' console: a static page under {@code /console/} (in {@code static/console}) that
 * logs a person in at the realm's issuer (authorization code with PKCE, public client
 * {@code govhub-console}) and calls the operators' APIs with their bearer token. This controller
 * tells the page where to log in ({@code /console/config.json}, no data, open like the page) and
 * gives it the display names of mandates and agencies from the published contracts
 * ({@code /api/v1/console/directory}, operators and auditors).
 */
@Controller
public class ConsoleController {

    private final GovHubSecurityProperties security;
    private final MandateCatalog mandates;
    private final String clientId;
    private final Map<String, String> agencyTitles;

    public ConsoleController(GovHubSecurityProperties security, MandateCatalog mandates,
                             @Value("${govhub.console.client-id:govhub-console}") String clientId) throws IOException {
        this.security = security;
        this.mandates = mandates;
        this.clientId = clientId;
        this.agencyTitles = agencyTitles();
    }

    @GetMapping("/console")
    public String console() {
        return "redirect:/console/";
    }

    @GetMapping("/console/")
    public String page() {
        return "forward:/console/index.html";
    }

    /** Where the page sends a person to log in: the embedded issuer (same origin) or the Keycloak realm. */
    @GetMapping("/console/config.json")
    @ResponseBody
    public Map<String, Object> config() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clientId", clientId);
        if (security.embedded()) {
            out.put("issuer", "embedded");
            out.put("authorizationEndpoint", "/oauth2/authorize");
            out.put("tokenEndpoint", "/oauth2/token");
            // Spring Security's logout page; after it, back to the console.
            out.put("logoutEndpoint", "/logout");
        } else {
            String realm = security.getIssuerUri().replaceAll("/+$", "");
            out.put("issuer", realm);
            out.put("authorizationEndpoint", realm + "/protocol/openid-connect/auth");
            out.put("tokenEndpoint", realm + "/protocol/openid-connect/token");
            out.put("logoutEndpoint", realm + "/protocol/openid-connect/logout");
        }
        return out;
    }

    /** Display names: each mandate's title and each agency system's, as the contracts publish them. */
    @GetMapping("/api/v1/console/directory")
    @ResponseBody
    public Map<String, Object> directory() {
        Map<String, String> mandateTitles = new TreeMap<>();
        mandates.all().forEach(m -> mandateTitles.put(m.id(), m.title()));
        return Map.of("mandates", mandateTitles, "agencies", agencyTitles);
    }

    /** {@code info.title} of every packaged agency API document, by agency ({@code <agency>.v<n>.yaml}). */
    private static Map<String, String> agencyTitles() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, String> out = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:contracts/agencies/*.yaml")) {
            String name = r.getFilename();
            if (name == null || !name.contains(".")) {
                continue;
            }
            try (InputStream in = r.getInputStream()) {
                JsonNode title = yaml.readTree(in).path("info").path("title");
                if (title.isTextual()) {
                    out.put(name.substring(0, name.indexOf('.')), title.asText());
                }
            }
        }
        return out;
    }

}
