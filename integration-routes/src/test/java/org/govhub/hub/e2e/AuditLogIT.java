package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log of M1: what it records, what an auditor can ask, and that tampering shows. */
class AuditLogIT extends EndToEndSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.govhub.hub.mandate.MandateExecutor mandates;

    @Test
    void everyDeliveryIsRecordedWithItsExactFieldsAndLegalBasis() {
        String exchangeId = registerTransfer(13, 10).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(exchangeId);
        await().atMost(COMPLETION).until(() -> kinds(trail(exchangeId)).stream().filter("OUTCOME"::equals).count() >= 6);

        JsonNode trail = trail(exchangeId);
        assertThat(kinds(trail)).startsWith("EVENT_ACCEPTED").contains("DATA_SHARED", "OUTCOME");
        for (String utility : List.of("water", "power", "gas", "heat")) {
            JsonNode shared = find(trail, "DATA_SHARED", utility);
            assertThat(shared.path("legalBasis").asText()).contains("高政发〔2021〕6号").contains("Part 5.5");
            List<String> fields = new ArrayList<>();
            shared.path("fields").forEach(f -> fields.add(f.asText()));
            assertThat(fields).containsExactlyInAnyOrder("unitNumber", "address", "transferDate", "newOwner.name",
                    "newOwner.idType", "newOwner.idNumber", "newOwner.phone", "previousOwner.name");
        }
        assertThat(find(trail, "DATA_SHARED", "sms").path("fields").toString()).contains("newOwner.phone")
                .doesNotContain("idNumber");
    }

    @Test
    void aRedeliveredEventRecordsItsSharingOnce() {
        String exchangeId = registerTransfer(19, 4).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(exchangeId);
        String event = new String(jdbc.queryForObject("select payload from exchange where id = ?::uuid", byte[].class,
                exchangeId), java.nio.charset.StandardCharsets.UTF_8);
        long shared = sharedRecords(exchangeId);
        assertThat(shared).isEqualTo(6);

        // What the M1 route does when the broker redelivers the event: the same commands again.
        var again = mandates.fanOut("M1", event, exchangeId);

        assertThat(again).hasSize(4);
        assertThat(sharedRecords(exchangeId)).isEqualTo(shared);
        assertThat(jdbc.queryForObject("select count(*) from obligation where exchange_id = ?::uuid", Long.class,
                exchangeId)).isEqualTo(6);
    }

    private long sharedRecords(String exchangeId) {
        return jdbc.queryForObject("select count(*) from audit_record where kind = 'DATA_SHARED' and exchange_id = ?::uuid",
                Long.class, exchangeId);
    }

    @Test
    void anAuditorFindsWhoReceivedDataAboutAPerson() {
        JsonNode seed = seed();
        String buyer = seed.path("buyers").path(11).path("idNumber").asText();
        String seller = seed.path("properties").path(14).path("owner").path("idNumber").asText();
        String exchangeId = registerTransfer(14, 11).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(exchangeId);
        await().atMost(COMPLETION).until(() -> agenciesAbout(buyer).contains("sms"));

        assertThat(agenciesAbout(buyer)).contains("water", "power", "gas", "heat", "sms");
        // The seller's name went to the utilities; nothing about the seller went to the SMS gateway.
        assertThat(agenciesAbout(seller)).contains("water", "power", "gas", "heat").doesNotContain("sms");
        assertThat(agenciesAbout("110101199003070011")).isEmpty();
        // The data-subject query is the auditors' alone.
        int operator = hub().post().uri("/api/v1/audit/data-subject-queries").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("idNumber", buyer)).exchange((req, res) -> res.getStatusCode().value());
        assertThat(operator).isEqualTo(403);
    }

    @Test
    void theLogHoldsNoIdentifierOrPhoneInTheClear() {
        JsonNode seed = seed();
        String exchangeId = registerTransfer(15, 0).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(exchangeId);
        String everything = String.join("\n", jdbc.queryForList("select audit_record::text from audit_record", String.class));
        for (JsonNode person : List.of(seed.path("buyers").path(0), seed.path("properties").path(15).path("owner"))) {
            assertThat(everything).doesNotContain(person.path("idNumber").asText(), person.path("phone").asText(),
                    person.path("name").asText());
        }
    }

    @Test
    void theLogIsAppendOnlyAndTamperingIsDetected() throws Exception {
        String exchangeId = registerTransfer(16, 1).path("hubDelivery").path("exchangeId").asText();
        awaitCompleted(exchangeId);
        assertThat(verify().path("valid").asBoolean()).as(verify().toString()).isTrue();

        long seq = jdbc.queryForObject("select max(seq) from audit_record where kind = 'DATA_SHARED'", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_record set agency = 'tax' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_record where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        // Someone with the database owner's rights goes around the trigger: the chain shows it.
        Map<String, Object> original = jdbc.queryForMap("select agency from audit_record where seq = ?", seq);
        asOwner("update audit_record set agency = 'tax' where seq = " + seq);
        try {
            JsonNode v = verify();
            assertThat(v.path("valid").asBoolean()).isFalse();
            assertThat(v.path("firstBrokenSeq").asLong()).isEqualTo(seq);
            assertThat(verifyCommand()).startsWith("1:").contains("BROKEN at record " + seq);
        } finally {
            asOwner("update audit_record set agency = '" + original.get("agency") + "' where seq = " + seq);
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
        assertThat(verifyCommand()).startsWith("0:").contains("audit log intact");
    }

    @Autowired
    org.govhub.hub.audit.AuditLog auditLog;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aRecordOfATransactionStillRunningIsSealedAfterItEndsAndNeverPassedOver() throws Exception {
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var written = new java.util.concurrent.CountDownLatch(1);
        var finish = new java.util.concurrent.CountDownLatch(1);
        String slow = "test=slow-" + java.util.UUID.randomUUID();
        String quick = "test=quick-" + java.util.UUID.randomUUID();
        var running = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            // A transaction writes first (its fact: here only its transaction id is taken) and commits
            // last; its record is written with its transaction's id when it commits.
            var late = running.submit(() -> tx.executeWithoutResult(s -> {
                jdbc.queryForObject("select pg_current_xact_id()::text", String.class);
                auditLog.record("REPLAY", null, "M1", "water", null, List.of(), List.of(), slow);
                written.countDown();
                try {
                    finish.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(written.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            tx.executeWithoutResult(s -> auditLog.record("REPLAY", null, "M1", "gas", null, List.of(), List.of(), quick));

            JsonNode during = verify();
            assertThat(during.path("valid").asBoolean()).as(during.toString()).isTrue();
            // Everything written after the running transaction began waits for it, so the chain
            // never closes over a place a record could still take.
            assertThat(jdbc.queryForList("select seq from audit_record where detail = ?", slow)).isEmpty(); // not committed
            assertThat(sealed(quick)).isNull();
            assertThat(during.path("unsealed").asLong()).isGreaterThanOrEqualTo(1); // the quick one; the other is not visible yet

            finish.countDown();
            late.get(60, java.util.concurrent.TimeUnit.SECONDS);
            JsonNode after = verify();
            assertThat(after.path("valid").asBoolean()).as(after.toString()).isTrue();
            Long slowSeq = sealed(slow);
            Long quickSeq = sealed(quick);
            assertThat(slowSeq).isNotNull();
            assertThat(quickSeq).isNotNull();
            // Chained in the order of the writing transactions: the one that began first comes first.
            assertThat(slowSeq).isLessThan(quickSeq);
            assertThat(jdbc.queryForObject("select max(seq) - min(seq) + 1 = count(*) from audit_record where hash is not null",
                    Boolean.class)).isTrue();
        } finally {
            finish.countDown();
            running.shutdownNow();
        }
    }

    @Test
    void aRecordOfARolledBackTransactionIsNeverSealed() {
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        String marker = "test=rolled-back-" + java.util.UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            auditLog.record("REPLAY", null, "M1", "heat", null, List.of(), List.of(), marker);
            s.setRollbackOnly();
        });
        assertThat(verify().path("valid").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where detail = ?", Long.class, marker)).isZero();
    }

    @Test
    void sealingChangesNothingButTheChainColumnsAndOnlyOnce() {
        String marker = "test=sealing-" + java.util.UUID.randomUUID();
        auditLog.record("REPLAY", null, "M1", "water", null, List.of(), List.of(), marker);
        long id = jdbc.queryForObject("select id from audit_record where detail = ?", Long.class, marker);
        // Before sealing, the record's content cannot change either.
        assertThatThrownBy(() -> jdbc.update("update audit_record set agency = 'tax' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(verify().path("valid").asBoolean()).isTrue();
        assertThat(sealed(marker)).isNotNull();
        // A sealed record cannot be sealed again.
        assertThatThrownBy(() -> jdbc.update("update audit_record set hash = 'x', prev_hash = 'y' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private Long sealed(String detail) {
        return jdbc.queryForObject("select seq from audit_record where detail = ?", Long.class, detail);
    }

    /** The offline command, on the same database: its exit code and what it printed. */
    private String verifyCommand() throws Exception {
        var buffer = new java.io.ByteArrayOutputStream();
        try (var connection = jdbc.getDataSource().getConnection();
             var out = new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8)) {
            int code = org.govhub.hub.audit.AuditVerifyCommand.run(connection, out);
            return code + ":" + buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void asOwner(String sql) {
        jdbc.execute("alter table audit_record disable trigger audit_record_append_only");
        try {
            jdbc.execute(sql);
        } finally {
            jdbc.execute("alter table audit_record enable trigger audit_record_append_only");
        }
    }

    private JsonNode verify() {
        return json(hub().get().uri("/api/v1/audit/verify").retrieve().body(String.class));
    }

    private JsonNode trail(String exchangeId) {
        return json(hub().get().uri("/api/v1/audit/exchanges/{id}", exchangeId).retrieve().body(String.class));
    }

    private List<String> agenciesAbout(String idNumber) {
        JsonNode answer = json(hubAs("govhub-auditor").post().uri("/api/v1/audit/data-subject-queries").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("idNumber", idNumber)).retrieve().body(String.class));
        List<String> agencies = new ArrayList<>();
        answer.path("deliveries").forEach(d -> agencies.add(d.path("agency").asText()));
        return agencies;
    }

    private static List<String> kinds(JsonNode trail) {
        List<String> out = new ArrayList<>();
        trail.forEach(r -> out.add(r.path("kind").asText()));
        return out;
    }

    private static JsonNode find(JsonNode trail, String kind, String agency) {
        for (JsonNode r : trail) {
            if (kind.equals(r.path("kind").asText()) && agency.equals(r.path("agency").asText())) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " for " + agency + " in " + trail);
    }
}
