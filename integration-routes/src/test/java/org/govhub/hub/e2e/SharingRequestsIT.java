package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govhub.contracts.calendar.WorkingDayCalendar;
import org.govhub.contracts.mandate.Deadline;
import org.junit.jupiter.api.Test;
import org.govhub.hub.sharing.SharingRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M9 end to end (Part 8.3): agencies ask the real hub for catalogue resources. An unconditional
 * one is obtained from the real-estate simulator through its connector and given with exactly
 * the catalogue's fields; a conditional one waits in the provider's inbox until the provider
 * approves or refuses, due in 10 working days by the holiday calendar; a not-shared one is
 * refused at once with the catalogue's reason. Every request and answer is in the audit log.
 */
class SharingRequestsIT extends EndToEndSupport {

    static final List<String> UNIT_FIELDS = List.of("unitNumber", "address", "area", "use");
    static final String PERSON = "371526199001010013";
    static final String OTHER_PERSON = "371526198512310021";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    SharingRetention retention;

    @Test
    void anUnconditionalResourceIsServedDirectlyWithExactlyTheCataloguesFields() {
        JsonNode property = seed().path("properties").path(20);
        String unit = property.path("unitNumber").asText();
        int asked = unitLookups(unit).size();

        Response r = ask("housing", "realestate.unit-basics", unit, null);

        assertThat(r.status().value()).as(r.body()).isEqualTo(200);
        JsonNode served = json(r.body());
        assertThat(served.path("status").asText()).isEqualTo("SERVED");
        assertThat(served.path("sharingClass").asText()).isEqualTo("UNCONDITIONAL");
        assertThat(names(served.path("data"))).containsExactlyInAnyOrderElementsOf(UNIT_FIELDS);
        assertThat(served.path("data").path("unitNumber").asText()).isEqualTo(unit);
        assertThat(served.path("data").path("address").asText()).isEqualTo(property.path("address").asText());
        assertThat(served.path("data").path("area").decimalValue())
                .isEqualByComparingTo(property.path("area").decimalValue());
        assertThat(served.path("data").path("use").asText()).isEqualTo(property.path("use").asText());
        assertThat(served.toString()).as("never the owner or the certificate")
                .doesNotContain(property.path("owner").path("name").asText())
                .doesNotContain(property.path("certificateNo").asText());

        // The registry was asked exactly once, for exactly this unit, with nothing else.
        List<JsonNode> lookups = unitLookups(unit);
        assertThat(lookups).hasSize(asked + 1);
        JsonNode lookup = lookups.get(lookups.size() - 1);
        assertThat(lookup.path("method").asText()).isEqualTo("GET");
        assertThat(lookup.path("path").asText()).endsWith("/api/v1/units/" + unit);
        assertThat(lookup.path("body").asText("")).isEmpty();

        String id = served.path("requestId").asText();
        JsonNode provider = obligation(exchange(id), "realestate");
        assertThat(provider.path("status").asText()).isEqualTo("APPLIED");
        assertThat(audit(id)).extracting(a -> a.get("kind")).containsExactly("EVENT_ACCEPTED", "OUTCOME", "DATA_SHARED");
        Map<String, Object> shared = audit(id).get(2);
        assertThat(shared.get("agency")).isEqualTo("housing");
        assertThat(shared.get("mandate")).isEqualTo("M9");
        assertThat(shared.get("fields")).isEqualTo(String.join(",", UNIT_FIELDS));
        assertThat((String) shared.get("legal_basis")).contains("Part 8.3");
    }

    @Test
    void aConditionalRequestGoesToTheProviderWhoApprovesWithinTenWorkingDays() {
        Response r = ask("tax", "publicsecurity.household-registration", PERSON, "DEED-2026-0917");

        assertThat(r.status().value()).as(r.body()).isEqualTo(201);
        JsonNode pending = json(r.body());
        String id = pending.path("requestId").asText();
        assertThat(pending.path("status").asText()).isEqualTo("PENDING");
        assertThat(pending.has("data")).isFalse();
        OffsetDateTime requestedAt = OffsetDateTime.parse(pending.path("requestedAt").asText());
        OffsetDateTime dueAt = OffsetDateTime.parse(pending.path("dueAt").asText());
        assertThat(dueAt.toInstant()).isEqualTo(calendar.dueAt(Deadline.workingDays(10), requestedAt).toInstant());
        // Due at the end of the 10th working day after the day of the request (受理之日起 10 个工作日).
        assertThat(calendar.workingDaysBetween(requestedAt, dueAt.minusSeconds(1))).isEqualTo(10);
        assertThat(dueAt).isAfter(requestedAt.plusDays(13));
        JsonNode obligation = obligation(exchange(id), "publicsecurity");
        assertThat(obligation.path("status").asText()).isEqualTo("PENDING");
        assertThat(OffsetDateTime.parse(obligation.path("dueAt").asText()).toInstant()).isEqualTo(dueAt.toInstant());

        // The provider's inbox holds it, with what it needs to decide.
        JsonNode inbox = json(hubAs("publicsecurity").get()
                .uri("/api/v1/sharing-requests?role=provider&status=PENDING").retrieve().body(String.class));
        JsonNode mine = find(inbox.path("requests"), id);
        assertThat(mine.path("subject").asText()).isEqualTo(PERSON);
        assertThat(mine.path("requester").asText()).isEqualTo("tax");
        assertThat(mine.path("purpose").asText()).isNotBlank();
        assertThat(mine.path("caseReference").asText()).isEqualTo("DEED-2026-0917");

        // An answer beyond the catalogue's fields, or about someone else, is refused field by field.
        Response invalid = answer("publicsecurity", id, Map.of("decision", "APPROVED", "data", Map.of(
                "idNumber", OTHER_PERSON, "name", "张伟", "householdAddress", "山东省聊城市高唐县鱼丘湖街道金城路1号",
                "relationshipToHead", "户主", "registeredOn", "2008-03-01", "phone", "13800000000")));
        assertThat(invalid.status().value()).isEqualTo(400);
        assertThat(problems(invalid)).containsExactlyInAnyOrder(
                "data.phone: is not a field of resource publicsecurity.household-registration (the catalogue lists"
                        + " [idNumber, name, householdAddress, relationshipToHead, registeredOn])",
                "data.idNumber: must be the subject of the request");
        assertThat(status(id, "tax")).isEqualTo("PENDING");

        Map<String, Object> data = Map.of("idNumber", PERSON, "name", "张伟",
                "householdAddress", "山东省聊城市高唐县鱼丘湖街道金城路1号", "relationshipToHead", "户主",
                "registeredOn", "2008-03-01");
        Response approved = answer("publicsecurity", id, Map.of("decision", "APPROVED", "data", data));
        assertThat(approved.status().value()).as(approved.body()).isEqualTo(200);

        JsonNode seen = json(hubAs("tax").get().uri("/api/v1/sharing-requests/{id}", id).retrieve().body(String.class));
        assertThat(seen.path("status").asText()).isEqualTo("APPROVED");
        assertThat(seen.path("late").asBoolean()).isFalse();
        assertThat(mapper.convertValue(seen.path("data"), Map.class)).isEqualTo(data);
        JsonNode settled = obligation(exchange(id), "publicsecurity");
        assertThat(settled.path("status").asText()).isEqualTo("APPLIED");
        assertThat(exchange(id).path("status").asText()).isEqualTo("COMPLETED");

        // Answered once: a second answer changes nothing.
        assertThat(answer("publicsecurity", id, Map.of("decision", "REFUSED", "reason", "改变主意")).status().value())
                .isEqualTo(409);
        // The provider's read of its inbox is on record too: who read which request about whom.
        assertThat(audit(id)).extracting(a -> a.get("kind"))
                .containsExactly("EVENT_ACCEPTED", "SHARING_READ", "OUTCOME", "DATA_SHARED");
        assertThat(audit(id).get(1).get("agency")).isEqualTo("publicsecurity");
        assertThat(audit(id).get(1).get("fields")).isEqualTo("resource,requester,subject,purpose,legalBasis,caseReference");
        assertThat((String) audit(id).get(1).get("detail")).contains("read=inbox", "requester=tax");
        assertThat(jdbc.queryForObject("select array_length(subjects, 1) from audit_record where exchange_id = ?::uuid"
                + " and kind = 'SHARING_READ'", Integer.class, id)).isEqualTo(1);
        assertThat(audit(id).get(3).get("agency")).isEqualTo("tax");
        assertThat(audit(id).get(3).get("fields"))
                .isEqualTo("idNumber,name,householdAddress,relationshipToHead,registeredOn");
    }

    @Test
    void approvedDataIsPurgedWhenItsRetentionPeriodRunsOut() {
        String id = json(ask("housing", "civil.marriage-status", OTHER_PERSON, "RET-2026-0001").body())
                .path("requestId").asText();
        Map<String, Object> data = Map.of("idNumber", OTHER_PERSON, "maritalStatus", "MARRIED",
                "registeredOn", "2015-05-20", "registrationOffice", "高唐县民政局婚姻登记处");
        assertThat(answer("civil", id, Map.of("decision", "APPROVED", "data", data)).status().value()).isEqualTo(200);
        JsonNode approved = json(getAs("housing", id).body());
        assertThat(mapper.convertValue(approved.path("data"), Map.class)).isEqualTo(data);
        OffsetDateTime answeredAt = OffsetDateTime.parse(approved.path("answeredAt").asText());

        // Within the retention period nothing is purged ...
        retention.purge(answeredAt.plus(retention.retention()).minusMinutes(1));
        assertThat(json(getAs("housing", id).body()).has("data")).isTrue();

        // ... once it has run out, the data and the person's identifier are gone; the record of the request stays.
        assertThat(retention.purge(answeredAt.plus(retention.retention()).plusSeconds(1))).isPositive();
        JsonNode purged = json(getAs("housing", id).body());
        assertThat(purged.path("status").asText()).isEqualTo("APPROVED");
        assertThat(purged.has("data")).isFalse();
        assertThat(purged.path("subject").asText()).isNotEqualTo(OTHER_PERSON).doesNotContain(OTHER_PERSON.substring(6, 14));
        assertThat(purged.path("reason").asText()).contains("retention period", retention.retention().toString());
        assertThat(jdbc.queryForObject("select count(*) from sharing_request where id = ?::uuid and data is null"
                + " and purged_at is not null", Integer.class, id)).isEqualTo(1);
        assertThat(audit(id)).extracting(a -> a.get("kind")).endsWith("DATA_PURGED");
        // Purged once: a second run finds nothing more of it.
        retention.purge(answeredAt.plus(retention.retention()).plusSeconds(2));
        assertThat(audit(id)).extracting(a -> a.get("kind")).filteredOn("DATA_PURGED"::equals).hasSize(1);
    }

    @Test
    void approvalsAndCreditsUnconditionalResourcesAreObtainedFromTheirSystems() {
        JsonNode enterprise = registeredEnterprise(19);
        String uscc = enterprise.path("uscc").asText();
        Response served = ask("housing", "approval.enterprise-registration", uscc, null);

        assertThat(served.status().value()).as(served.body()).isEqualTo(200);
        JsonNode view = json(served.body());
        assertThat(view.path("status").asText()).isEqualTo("SERVED");
        assertThat(names(view.path("data"))).containsExactlyInAnyOrder("uscc", "enterpriseName", "enterpriseType",
                "registeredAddress", "establishedOn", "registrationStatus");
        assertThat(view.path("data").path("enterpriseName").asText()).isEqualTo(enterprise.path("name").asText());
        assertThat(view.path("data").path("registeredAddress").asText()).isEqualTo(enterprise.path("address").asText());
        assertThat(view.path("data").path("establishedOn").asText()).isEqualTo(enterprise.path("establishedDate").asText());
        assertThat(view.path("data").path("registrationStatus").asText()).isEqualTo("ACTIVE");
        assertThat(view.toString()).doesNotContain(enterprise.path("legalRepresentative").path("idNumber").asText());
        assertThat(audit(view.path("requestId").asText())).extracting(a -> a.get("kind"))
                .containsExactly("EVENT_ACCEPTED", "OUTCOME", "DATA_SHARED");

        JsonNode rated = ratedEnterprise();
        Response evaluation = ask("housing", "credit.comprehensive-evaluation", rated.path("uscc").asText(), null);
        assertThat(evaluation.status().value()).as(evaluation.body()).isEqualTo(200);
        JsonNode data = json(evaluation.body()).path("data");
        assertThat(names(data)).containsExactlyInAnyOrder("uscc", "evaluationClass", "evaluatedOn");
        assertThat(data.path("evaluationClass").asText()).isIn("A", "B", "C", "D");
        assertThat(received("credit")).anyMatch(e -> e.path("path").asText()
                .equals("/credit/api/evaluations/" + rated.path("uscc").asText()));

        Response unknown = ask("housing", "approval.enterprise-registration", "91371526MA3C11116D", null);
        assertThat(unknown.status().value()).as(unknown.body()).isEqualTo(404);
    }

    @Test
    void aProviderMayRefuseAConditionalRequestWithItsReason() {
        String id = json(ask("housing", "civil.marriage-status", OTHER_PERSON, null).body()).path("requestId").asText();

        Response noReason = answer("civil", id, Map.of("decision", "REFUSED"));
        assertThat(noReason.status().value()).isEqualTo(400);
        assertThat(problems(noReason)).singleElement().asString().startsWith("reason: is required");

        Response refused = answer("civil", id, Map.of("decision", "REFUSED",
                "reason", "申请用途与婚姻登记信息无关，且未提供当事人授权"));
        assertThat(refused.status().value()).as(refused.body()).isEqualTo(200);

        JsonNode seen = json(hubAs("housing").get().uri("/api/v1/sharing-requests/{id}", id).retrieve().body(String.class));
        assertThat(seen.path("status").asText()).isEqualTo("REFUSED");
        assertThat(seen.path("reason").asText()).isEqualTo("申请用途与婚姻登记信息无关，且未提供当事人授权");
        assertThat(seen.has("data")).isFalse();
        JsonNode obligation = obligation(exchange(id), "civil");
        assertThat(obligation.path("status").asText()).isEqualTo("REJECTED");
        assertThat(obligation.path("reasonCode").asText()).isEqualTo("REFUSED_BY_PROVIDER");
        assertThat(audit(id)).extracting(a -> a.get("kind")).containsExactly("EVENT_ACCEPTED", "OUTCOME");
        assertThat((String) audit(id).get(1).get("detail")).contains("REJECTED", "REFUSED_BY_PROVIDER");
    }

    @Test
    void aNotSharedResourceIsRefusedAtOnceWithTheCataloguesReasonAndNothingIsAskedOfTheProvider() {
        Response r = ask("market", "tax.return-details", "91371526MA3C11116D", null);

        assertThat(r.status().value()).as(r.body()).isEqualTo(403);
        JsonNode problem = json(r.body());
        assertThat(problem.path("type").asText()).endsWith("/resource-not-shared");
        assertThat(problem.path("reason").asText()).contains("《中华人民共和国税收征收管理法》第八条", "保密");
        String id = problem.path("requestId").asText();

        JsonNode seen = json(hubAs("market").get().uri("/api/v1/sharing-requests/{id}", id).retrieve().body(String.class));
        assertThat(seen.path("status").asText()).isEqualTo("NOT_SHARED");
        JsonNode obligation = obligation(exchange(id), "tax");
        assertThat(obligation.path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(obligation.path("reasonCode").asText()).isEqualTo("NOT_SHARED");
        assertThat(exchange(id).path("status").asText()).isEqualTo("COMPLETED");
        JsonNode taxInbox = json(hubAs("tax").get().uri("/api/v1/sharing-requests?role=provider&status=PENDING")
                .retrieve().body(String.class));
        assertThat(ids(taxInbox.path("requests"))).doesNotContain(id);
        assertThat(audit(id)).extracting(a -> a.get("kind")).containsExactly("EVENT_ACCEPTED", "OUTCOME");
        assertThat((String) audit(id).get(1).get("detail")).contains("NOT_SHARED");
    }

    @Test
    void anUnknownResourceOrABadIdentifierIsA400NamingTheFieldAndRuleAndIsNotRecorded() {
        int before = requests();

        Response unknown = ask("housing", "realestate.owner-list", "371526003001GB00020F00010301", null);
        assertThat(unknown.status().value()).isEqualTo(400);
        assertThat(problems(unknown)).singleElement().asString()
                .startsWith("resource: must be a resource of the sharing catalogue (catalogue/shared-resources.v1.yaml)");

        Response badId = ask("tax", "civil.marriage-status", "36042619910102009X", null);
        assertThat(badId.status().value()).isEqualTo(400);
        assertThat(problems(badId)).singleElement().asString()
                .startsWith("subject: must be a valid resident ID number (GB 11643-1999)");

        Response badUnit = ask("housing", "realestate.unit-basics", "371526003001GB00020F0001030", null);
        assertThat(problems(badUnit)).singleElement().asString()
                .startsWith("subject: must be a valid real-estate unit number (GB/T 37346-2019)");

        Response badUscc = ask("market", "credit.comprehensive-evaluation", "91110000600037341N", null);
        assertThat(problems(badUscc)).singleElement().asString()
                .startsWith("subject: must be a valid unified social credit code (GB 32100-2015)");

        Response empty = hubAs("housing").post().uri("/api/v1/sharing-requests").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("resource", "civil.marriage-status", "subject", PERSON))
                .exchange((req, res) -> new Response(res.getStatusCode(), null,
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(problems(empty)).extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactlyInAnyOrder("purpose", "legalBasis");

        Response own = ask("realestate", "realestate.unit-basics", "371526003001GB00020F00010301", null);
        assertThat(problems(own)).singleElement().asString().startsWith("resource: is provided by the requester itself");

        assertThat(requests()).as("a request refused as invalid is not recorded").isEqualTo(before);
    }

    @Test
    void onlyTheRequesterTheProviderOperatorsAndAuditorsSeeARequest() {
        String id = json(ask("tax", "civil.marriage-status", PERSON, null).body()).path("requestId").asText();

        assertThat(getAs("water", id).status().value()).isEqualTo(404);
        assertThat(getAs("water", "not-a-uuid").status().value()).isEqualTo(404);
        assertThat(answer("water", id, Map.of("decision", "REFUSED", "reason", "无权处理")).status().value()).isEqualTo(404);
        assertThat(answer("tax", id, Map.of("decision", "REFUSED", "reason", "自己批准")).status().value())
                .as("the requester cannot answer its own request").isEqualTo(404);
        JsonNode waterInbox = json(hubAs("water").get().uri("/api/v1/sharing-requests?role=provider")
                .retrieve().body(String.class));
        assertThat(ids(waterInbox.path("requests"))).doesNotContain(id);

        assertThat(getAs("tax", id).status().value()).isEqualTo(200);
        assertThat(json(getAs("civil", id).body()).path("subject").asText()).isEqualTo(PERSON);
        JsonNode operator = json(getAs("govhub-operator", id).body());
        assertThat(operator.path("status").asText()).isEqualTo("PENDING");
        assertThat(operator.has("subject")).as("operators see the request, not whom it is about").isFalse();
        assertThat(getAs("govhub-auditor", id).status().value()).isEqualTo(200);
        assertThat(getAs("govhub-integrator", id).status().value()).isEqualTo(403);
    }

    @Test
    void aProviderThatIsDownIsA503AndNothingIsServed() {
        String unit = seed().path("properties").path(21).path("unitNumber").asText();
        sims().post().uri("/_sim/realestate/faults?outageSeconds=60").retrieve().toBodilessEntity();
        Response r;
        try {
            r = ask("housing", "realestate.unit-basics", unit, null);
        } finally {
            sims().delete().uri("/_sim/realestate/faults").retrieve().toBodilessEntity();
        }

        assertThat(r.status().value()).as(r.body()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = json(r.body());
        assertThat(problem.path("type").asText()).endsWith("/provider-unavailable");
        assertThat(problem.path("detail").asText()).contains("nothing was served");
        String id = problem.path("requestId").asText();
        JsonNode seen = json(getAs("housing", id).body());
        assertThat(seen.path("status").asText()).isEqualTo("FAILED");
        assertThat(seen.has("data")).isFalse();
        assertThat(obligation(exchange(id), "realestate").path("status").asText()).isEqualTo("FAILED");
        assertThat(audit(id)).extracting(a -> a.get("kind")).doesNotContain("DATA_SHARED");
    }

    @Test
    void anUnknownUnitOrEnterpriseIsA404() {
        Response missing = ask("housing", "realestate.unit-basics", "371526009009GB09999F00010001", null);
        assertThat(missing.status().value()).as(missing.body()).isEqualTo(404);
        assertThat(json(missing.body()).path("type").asText()).endsWith("/subject-not-found");
        assertThat(audit(json(missing.body()).path("requestId").asText()))
                .extracting(a -> a.get("kind")).doesNotContain("DATA_SHARED");

        // The credit platform holds no evaluation of an enterprise it does not know.
        Response notRated = ask("housing", "credit.comprehensive-evaluation", "91371526MA3C11116D", null);
        assertThat(notRated.status().value()).as(notRated.body()).isEqualTo(404);
    }

    @Test
    void aLateAnswerIsStillTakenAndRecordedAsLate() {
        String id = json(ask("housing", "publicsecurity.household-registration", OTHER_PERSON, null).body())
                .path("requestId").asText();
        // Ten working days pass without an answer: the due date moves into the past.
        jdbc.update("update sharing_request set due_at = now() - interval '1 day' where id = ?::uuid", id);
        jdbc.update("update obligation set due_at = now() - interval '1 day' where exchange_id = ?::uuid", id);
        jdbc.update("update exchange set due_at = now() - interval '1 day' where id = ?::uuid", id);
        assertThat(json(getAs("housing", id).body()).path("late").asBoolean()).as("late while pending").isTrue();

        Response refused = answer("publicsecurity", id, Map.of("decision", "REFUSED", "reason", "当事人户籍不在本县"));

        assertThat(refused.status().value()).as(refused.body()).isEqualTo(200);
        JsonNode seen = json(getAs("housing", id).body());
        assertThat(seen.path("status").asText()).isEqualTo("REFUSED");
        assertThat(seen.path("late").asBoolean()).isTrue();
        JsonNode exchange = exchange(id);
        assertThat(exchange.path("late").asBoolean()).isTrue();
        assertThat(obligation(exchange, "publicsecurity").path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void aRetryUnderTheSameIdempotencyKeyAsksOnce() {
        String unit = seed().path("properties").path(22).path("unitNumber").asText();
        int asked = unitLookups(unit).size();
        String key = "housing-" + java.util.UUID.randomUUID();

        Response first = ask("housing", "realestate.unit-basics", unit, null, key);
        Response again = ask("housing", "realestate.unit-basics", unit, null, key);

        assertThat(first.status().value()).as(first.body()).isEqualTo(200);
        assertThat(again.status().value()).as(again.body()).isEqualTo(200);
        assertThat(json(again.body()).path("requestId").asText()).isEqualTo(json(first.body()).path("requestId").asText());
        assertThat(json(again.body()).path("data")).isEqualTo(json(first.body()).path("data"));
        assertThat(unitLookups(unit)).as("the registry was asked once").hasSize(asked + 1);
        assertThat(audit(json(first.body()).path("requestId").asText()))
                .extracting(a -> a.get("kind")).containsExactly("EVENT_ACCEPTED", "OUTCOME", "DATA_SHARED");

        Response other = ask("housing", "civil.marriage-status", PERSON, null, key);
        assertThat(other.status().value()).as("the same key for another request").isEqualTo(409);
    }

    @Test
    void theCatalogueIsPublishedToAgencies() {
        JsonNode catalogue = json(hubAs("water").get().uri("/api/v1/sharing-catalogue").retrieve().body(String.class));
        assertThat(ids(catalogue.path("resources"), "id")).contains("realestate.unit-basics",
                "publicsecurity.household-registration", "civil.marriage-status", "tax.return-details");
        JsonNode contracts = json(hubAs("govhub-integrator").get().uri("/api/v1/contracts").retrieve().body(String.class));
        assertThat(contracts.path("catalogue").toString()).contains("shared-resources.v1.yaml",
                "shared-resources.v1.schema.json");
        assertThat(contracts.path("mandates").toString()).contains("M9-conditional-sharing-requests.v1.yaml");
    }

    private Response ask(String client, String resource, String subject, String caseReference) {
        return ask(client, resource, subject, caseReference, null);
    }

    private Response ask(String client, String resource, String subject, String caseReference, String key) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("resource", resource);
        body.put("subject", subject);
        body.put("purpose", "办理不动产登记相关业务核验");
        body.put("legalBasis", "高政发〔2021〕6号 配套措施 八、(三)");
        if (caseReference != null) {
            body.put("caseReference", caseReference);
        }
        return hubAs(client).post().uri("/api/v1/sharing-requests").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (key != null) {
                        h.set("Idempotency-Key", key);
                    }
                })
                .body(body)
                .exchange((req, res) -> new Response(res.getStatusCode(),
                        res.getHeaders().getContentType() == null ? null : res.getHeaders().getContentType().toString(),
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private Response answer(String client, String id, Map<String, Object> body) {
        return hubAs(client).post().uri("/api/v1/sharing-requests/{id}/answer", id)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((req, res) -> new Response(res.getStatusCode(), null,
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private Response getAs(String client, String id) {
        return hubAs(client).get().uri("/api/v1/sharing-requests/{id}", id)
                .exchange((req, res) -> new Response(res.getStatusCode(), null,
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    private String status(String id, String client) {
        return json(getAs(client, id).body()).path("status").asText();
    }

    private List<String> problems(Response r) {
        assertThat(r.status().value()).as(r.body()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        json(r.body()).path("problems").forEach(p -> out.add(p.asText()));
        return out;
    }

    private List<JsonNode> unitLookups(String unit) {
        return received("realestate").stream().filter(e -> e.path("path").asText().contains("/units/" + unit)).toList();
    }

    private List<Map<String, Object>> audit(String exchangeId) {
        return jdbc.queryForList("""
                select kind, agency, mandate, legal_basis, array_to_string(fields, ',') as fields, detail
                from audit_record where exchange_id = ?::uuid order by id""", exchangeId);
    }

    private JsonNode registeredEnterprise(int i) {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-enterprises-m4m5.json")) {
            return mapper.readTree(in).path("registered").path(i);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An enterprise the credit platform has evaluated (seed/gaotang-enterprises.json). */
    private JsonNode ratedEnterprise() {
        try (var in = getClass().getResourceAsStream("/seed/gaotang-enterprises.json")) {
            for (JsonNode e : mapper.readTree(in).path("enterprises")) {
                if (e.path("credit").isObject()) {
                    return e;
                }
            }
            throw new IllegalStateException("no rated enterprise in the seed");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int requests() {
        return jdbc.queryForObject("select count(*) from sharing_request", Integer.class);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode find(JsonNode requests, String id) {
        for (JsonNode r : requests) {
            if (id.equals(r.path("requestId").asText())) {
                return r;
            }
        }
        throw new AssertionError("request " + id + " not in " + requests);
    }

    private static List<String> ids(JsonNode requests) {
        return ids(requests, "requestId");
    }

    private static List<String> ids(JsonNode items, String key) {
        List<String> out = new ArrayList<>();
        items.forEach(r -> out.add(r.path(key).asText()));
        return out;
    }
}
