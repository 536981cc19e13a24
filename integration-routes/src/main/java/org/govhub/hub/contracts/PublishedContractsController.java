package org.govhub.hub.contracts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.govhub.hub.ingress.Problems;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/contracts}: the published contracts the hub runs with (mandate declarations,
 * event schemas, agency API documents, examples, the AsyncAPI document), exactly as packaged
 * from {@code contracts/}, for integrators building connectors. Public, like the repository
 * they come from: integrators read them before they have credentials. Read-only; only names from the fixed kinds and a plain file
 * name are looked up, so nothing else on the classpath can be reached.
 */
@RestController
@RequestMapping("/api/v1/contracts")
public class PublishedContractsController {

    static final Set<String> KINDS = Set.of("mandates", "events", "agencies", "examples");
    private static final Pattern FILE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*\\.(yaml|json)$");

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final ContractsOverview.Builder overview;

    public PublishedContractsController(ContractsOverview.Builder overview) {
        this.overview = overview;
    }

    @GetMapping
    public Map<String, List<String>> index() throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (String kind : KINDS) {
            List<String> names = new ArrayList<>();
            for (Resource r : resolver.getResources("classpath*:contracts/" + kind + "/*")) {
                if (r.getFilename() != null && FILE.matcher(r.getFilename()).matches()) {
                    names.add(r.getFilename());
                }
            }
            names.sort(null);
            out.put(kind, names);
        }
        return out;
    }

    /** The AsyncAPI document of every broker address, at the root of the published layout. */
    @GetMapping("/asyncapi.yaml")
    public ResponseEntity<?> asyncApi() throws IOException {
        Resource r = resolver.getResource("classpath:contracts/asyncapi.yaml");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml"))
                .body(r.getContentAsByteArray());
    }

    /**
     * What the contracts portal ({@code /contracts/}) renders: every mandate with its legal
     * basis, flows, recipients, sharing classes and fields; every agency API document; every
     * broker channel with its messages.
     */
    @GetMapping("/overview")
    public ContractsOverview overview() throws IOException {
        return overview.build(index().get("agencies"));
    }

    @GetMapping("/{kind}/{file}")
    public ResponseEntity<?> document(@PathVariable String kind, @PathVariable String file) throws IOException {
        if (KINDS.contains(kind) && FILE.matcher(file).matches()) {
            Resource r = resolver.getResource("classpath:contracts/" + kind + "/" + file);
            if (r.exists()) {
                MediaType type = file.endsWith(".json") ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("application/yaml");
                return ResponseEntity.ok().contentType(type).body(r.getContentAsByteArray());
            }
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND,
                "contract-not-found", "No such contract", "no contract '" + kind + "/" + file + "'; see GET /api/v1/contracts"));
    }
}
