package org.govhub.hub.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.govhub.contracts.command.CommandOutcome;
import org.govhub.contracts.command.OutcomeStatus;
import org.govhub.hub.audit.AuditChain;
import org.govhub.hub.audit.AuditLog;
import org.govhub.hub.exchange.DeadlineWatcher;
import org.govhub.hub.exchange.ExchangeEvents;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.exchange.ObligationRole;
import org.govhub.hub.exchange.ObligationStatus;
import org.govhub.hub.ledger.JdbcCommandLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, item 3: the hub keeps no state of its own, so two instances sharing one PostgreSQL
 * must behave as one. Each test runs two {@link HubInstance}s (each with its own connection
 * pool) against one real PostgreSQL, racing on the same rows from several threads, and checks
 * the outcome the issue asks for: an agency called once per command id, each deadline breach
 * recorded and counted once, one exchange per event and one unbroken audit chain. The whole hub
 * with two instances and a broker is exercised by bench/scaleout/run.
 */
class TwoInstancesIT {

    static EmbeddedPostgres postgres;
    static JdbcTemplate admin;
    HubInstance a;
    HubInstance b;
    final ExecutorService threads = Executors.newFixedThreadPool(8);

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        admin = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void twoInstances() {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        a = new HubInstance(url);
        b = new HubInstance(url);
    }

    @AfterEach
    void stop() throws Exception {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        a.close();
        b.close();
    }

    // -- The command ledger's claim ---------------------------------------------------------

    /** What the sink route does under the claim: look up, else call the agency and record. */
    static Callable<String> sinkAttempt(JdbcCommandLedger ledger, String commandId, AtomicInteger agencyCalls,
                                        CountDownLatch callTakes) {
        return () -> {
            var recorded = ledger.outcomeOf(commandId);
            if (recorded.isPresent()) {
                return "re-sent " + recorded.get();
            }
            agencyCalls.incrementAndGet();
            callTakes.await(30, TimeUnit.SECONDS);
            String outcome = "{\"commandId\":\"" + commandId + "\",\"status\":\"APPLIED\"}";
            ledger.record(commandId, "water", outcome);
            return "called " + outcome;
        };
    }

    @Test
    void aCommandHeldByTwoInstancesAtOnceReachesTheAgencyOnce() throws Exception {
        String commandId = UUID.randomUUID() + ":water";
        AtomicInteger agencyCalls = new AtomicInteger();
        CountDownLatch agencyAnswers = new CountDownLatch(1);
        JdbcCommandLedger ledgerA = a.bean(JdbcCommandLedger.class);
        JdbcCommandLedger ledgerB = b.bean(JdbcCommandLedger.class);

        Future<String> first = threads.submit(() -> ledgerA.claimed(commandId,
                sinkAttempt(ledgerA, commandId, agencyCalls, agencyAnswers)));
        await().atMost(Duration.ofSeconds(30)).until(() -> agencyCalls.get() == 1);
        // Instance b gets the same command (a repeat, a redelivery) while a is still at the agency.
        Future<String> second = threads.submit(() -> ledgerB.claimed(commandId,
                sinkAttempt(ledgerB, commandId, agencyCalls, new CountDownLatch(0))));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForAClaim() == 1);
        agencyAnswers.countDown();

        String firstResult = first.get(30, TimeUnit.SECONDS);
        String secondResult = second.get(30, TimeUnit.SECONDS);
        assertThat(agencyCalls).hasValue(1);
        assertThat(firstResult).startsWith("called ");
        assertThat(secondResult).isEqualTo("re-sent " + firstResult.substring("called ".length()));
    }

    @Test
    void manyCommandsEachDeliveredToBothInstancesAtOnceReachTheAgencyOnceEach() throws Exception {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<Future<String>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String commandId = UUID.randomUUID() + ":gas";
            AtomicInteger agencyCalls = calls.computeIfAbsent(commandId, k -> new AtomicInteger());
            CyclicBarrier together = new CyclicBarrier(2);
            for (HubInstance instance : List.of(a, b)) {
                JdbcCommandLedger ledger = instance.bean(JdbcCommandLedger.class);
                all.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return ledger.claimed(commandId, sinkAttempt(ledger, commandId, agencyCalls, new CountDownLatch(0)));
                }));
            }
        }
        long called = 0;
        for (Future<String> f : all) {
            called += f.get(60, TimeUnit.SECONDS).startsWith("called ") ? 1 : 0;
        }
        assertThat(called).isEqualTo(200);
        assertThat(calls.values()).allSatisfy(c -> assertThat(c).hasValue(1));
    }

    @Test
    void aClaimEndsWithItsHoldersConnectionSoTheOtherInstanceCarriesTheCommandOut() throws Exception {
        String commandId = UUID.randomUUID() + ":heat";
        AtomicInteger agencyCalls = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        JdbcCommandLedger ledgerA = a.bean(JdbcCommandLedger.class);
        JdbcCommandLedger ledgerB = b.bean(JdbcCommandLedger.class);
        JdbcTemplate jdbcA = a.bean(JdbcTemplate.class);
        AtomicInteger holder = new AtomicInteger();

        Future<String> crashed = threads.submit(() -> ledgerA.claimed(commandId, () -> {
            holder.set(jdbcA.queryForObject("select pg_backend_pid()", Integer.class));
            return sinkAttempt(ledgerA, commandId, agencyCalls, never).call();
        }));
        await().atMost(Duration.ofSeconds(30)).until(() -> agencyCalls.get() == 1);
        Future<String> other = threads.submit(() -> ledgerB.claimed(commandId,
                sinkAttempt(ledgerB, commandId, agencyCalls, new CountDownLatch(0))));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForAClaim() == 1);
        // Instance a dies mid-call (kill -9 closes its sockets): its session, and its claim, end.
        admin.queryForObject("select pg_terminate_backend(?)", Boolean.class, holder.get());
        never.countDown();

        assertThat(other.get(30, TimeUnit.SECONDS)).startsWith("called ");
        assertThat(agencyCalls).as("the agency saw the call of the instance that died and the survivor's, "
                + "with the same request number").hasValue(2);
        assertThat(threadFailed(crashed)).isTrue();
        assertThat(ledgerA.outcomeOf(commandId)).isPresent();
    }

    static long waitingForAClaim() {
        return admin.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted",
                Long.class);
    }

    static boolean threadFailed(Future<?> f) throws InterruptedException {
        try {
            f.get(30, TimeUnit.SECONDS);
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return true;
        }
    }

    // -- The deadline watcher ---------------------------------------------------------------

    @Test
    void watchersOnTwoInstancesRecordAndCountEachBreachOnce() throws Exception {
        List<String> overdue = openObligations(a, 60, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        List<String> notYetDue = openObligations(a, 5, OffsetDateTime.now(ZoneOffset.UTC).plusHours(4));

        // Four watchers, two per instance, each round taking at most 7 rows, all at once.
        CyclicBarrier together = new CyclicBarrier(4);
        List<Future<List<ExchangeEvents.DeadlineBreached>>> rounds = new ArrayList<>();
        for (HubInstance instance : List.of(a, b, a, b)) {
            DeadlineWatcher watcher = instance.bean(DeadlineWatcher.class);
            rounds.add(threads.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                List<ExchangeEvents.DeadlineBreached> mine = new ArrayList<>();
                for (int round = 0; round < 40; round++) {
                    mine.addAll(watcher.watch());
                }
                return mine;
            }));
        }
        List<String> recorded = new ArrayList<>();
        for (var round : rounds) {
            round.get(60, TimeUnit.SECONDS).forEach(bre -> recorded.add(commandIdOf(bre)));
        }

        assertThat(recorded).hasSize(overdue.size()).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(a.breachesCounted() + b.breachesCounted()).isEqualTo(overdue.size());
        assertThat(breachedAmong(overdue)).isEqualTo(overdue.size());
        assertThat(breachedAmong(notYetDue)).isZero();
        // Still tracked: a breach does not settle anything.
        assertThat(admin.queryForObject("select count(*) from obligation where status = 'PENDING' and command_id = any(?)",
                Long.class, (Object) overdue.toArray(String[]::new))).isEqualTo(overdue.size());
    }

    @Test
    void aLateOutcomeRacingTheWatcherRecordsTheBreachOnceAndTheObligationStillSettles() throws Exception {
        List<String> overdue = openObligations(a, 40, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        ExchangeRepository repositoryA = a.bean(ExchangeRepository.class);
        DeadlineWatcher watcherB = b.bean(DeadlineWatcher.class);

        CyclicBarrier together = new CyclicBarrier(2);
        Future<?> outcomes = threads.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            for (String commandId : overdue) {
                repositoryA.recordOutcome(applied(commandId));
            }
            return null;
        });
        Future<?> watching = threads.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            for (int round = 0; round < 20; round++) {
                watcherB.watch();
            }
            return null;
        });
        outcomes.get(60, TimeUnit.SECONDS);
        watching.get(60, TimeUnit.SECONDS);
        watcherB.watch();

        assertThat(a.breachesCounted() + b.breachesCounted()).isEqualTo(overdue.size());
        assertThat(breachedAmong(overdue)).isEqualTo(overdue.size());
        assertThat(admin.queryForObject("select count(*) from obligation where status = 'APPLIED' and command_id = any(?)",
                Long.class, (Object) overdue.toArray(String[]::new))).isEqualTo(overdue.size());

        // An outcome repeated (a redelivery, the other instance) neither settles nor counts again.
        double before = a.breachesCounted() + b.breachesCounted();
        for (String commandId : overdue.subList(0, 5)) {
            b.bean(ExchangeRepository.class).recordOutcome(applied(commandId));
        }
        assertThat(a.breachesCounted() + b.breachesCounted()).isEqualTo(before);
    }

    @Test
    void theBreachTheWatcherRecordedIsShownOnTheObligationAndKeptWhenItSettles() {
        String commandId = openObligations(a, 1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5)).get(0);
        List<ExchangeEvents.DeadlineBreached> breached = b.bean(DeadlineWatcher.class).watch();
        assertThat(breached).singleElement().satisfies(bre -> assertThat(bre.stillPending()).isTrue());
        Obligation pending = obligation(commandId);
        assertThat(pending.status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(pending.breachedAt()).isEqualTo(breached.get(0).breachedAt());

        a.bean(ExchangeRepository.class).recordOutcome(applied(commandId));

        Obligation settled = obligation(commandId);
        assertThat(settled.status()).isEqualTo(ObligationStatus.APPLIED);
        assertThat(settled.breachedAt()).isEqualTo(pending.breachedAt());
        assertThat(a.breachesCounted() + b.breachesCounted()).isEqualTo(1);
    }

    private Obligation obligation(String commandId) {
        UUID exchangeId = UUID.fromString(commandId.substring(0, commandId.indexOf(':')));
        return a.bean(ExchangeRepository.class).obligations(exchangeId).stream()
                .filter(o -> o.commandId().equals(commandId)).findFirst().orElseThrow();
    }

    /** {@code count} exchanges with one M1 obligation each (to water), due at {@code dueAt}; their command ids. */
    private List<String> openObligations(HubInstance instance, int count, OffsetDateTime dueAt) {
        ExchangeRepository repository = instance.bean(ExchangeRepository.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID exchangeId = repository.accept("realestate", UUID.randomUUID().toString(),
                    "gov.realestate.transfer-registered.v1", "realestate", event(), dueAt, List.of("M1")).exchangeId();
            String commandId = exchangeId + ":water";
            repository.open(exchangeId, List.of(new Obligation("M1", "water", "account-transfer", ObligationRole.RECIPIENT,
                    commandId, ObligationStatus.PENDING, null, null, null, null, List.of("property.unitNumber"),
                    null, dueAt, null)));
            ids.add(commandId);
        }
        return ids;
    }

    private static CommandOutcome applied(String commandId) {
        String exchangeId = commandId.substring(0, commandId.indexOf(':'));
        return new CommandOutcome(commandId, exchangeId, "M1", "water", "account-transfer", OutcomeStatus.APPLIED,
                null, null, "W-1", 1, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static String commandIdOf(ExchangeEvents.DeadlineBreached b) {
        return b.exchangeId() + ":" + b.agency();
    }

    private static long breachedAmong(List<String> commandIds) {
        return admin.queryForObject("select count(*) from obligation where breached_at is not null and command_id = any(?)",
                Long.class, (Object) commandIds.toArray(String[]::new));
    }

    // -- The results collector's completion check, without the exchange's lock ---------------

    /**
     * The results collector settles an outcome in one transaction and checks the completion in the
     * next, without locking the exchange. The last two answers of each exchange, settled at the
     * same moment on two instances, must complete it every time (the later check sees both), and
     * the completion must be counted once.
     */
    @Test
    void theLastTwoAnswersSettledOnTwoInstancesAtOnceCompleteTheExchangeAndCountItOnce() throws Exception {
        int count = 40;
        List<UUID> exchanges = new ArrayList<>();
        ExchangeRepository repository = a.bean(ExchangeRepository.class);
        for (int i = 0; i < count; i++) {
            UUID exchangeId = repository.accept("realestate", UUID.randomUUID().toString(),
                    "gov.realestate.transfer-registered.v1", "realestate", event(),
                    OffsetDateTime.now(ZoneOffset.UTC).plusHours(4), List.of("M1")).exchangeId();
            repository.open(exchangeId, List.of(recipient(exchangeId, "water"), recipient(exchangeId, "gas")));
            exchanges.add(exchangeId);
        }
        double countedBefore = a.completionsCounted() + b.completionsCounted();
        Map<UUID, AtomicInteger> completionsReturned = new ConcurrentHashMap<>();
        List<Future<?>> answers = new ArrayList<>();
        for (UUID exchangeId : exchanges) {
            CyclicBarrier together = new CyclicBarrier(2);
            for (var answer : List.of(Map.entry(a, "water"), Map.entry(b, "gas"))) {
                answers.add(threads.submit(() -> {
                    ExchangeRepository on = answer.getKey().bean(ExchangeRepository.class);
                    together.await(30, TimeUnit.SECONDS);
                    on.settle(applied(exchangeId, answer.getValue())).flatMap(mandate ->
                            on.completionAfterSettling(exchangeId, mandate)).ifPresent(completion -> {
                                assertThat(completion.recipients()).extracting(Obligation::recipient)
                                        .containsExactly("gas", "water");
                                completionsReturned.computeIfAbsent(exchangeId, id -> new AtomicInteger()).incrementAndGet();
                            });
                    return null;
                }));
            }
        }
        for (Future<?> f : answers) {
            f.get(60, TimeUnit.SECONDS);
        }

        assertThat(completionsReturned.keySet()).as("every exchange's completion was seen by one of its last answers")
                .containsExactlyInAnyOrderElementsOf(exchanges);
        assertThat(admin.queryForObject("select count(*) from exchange where status = 'COMPLETED' and outcome = 'COMPLETED'"
                + " and id = any(?)", Long.class, (Object) exchanges.toArray(UUID[]::new))).isEqualTo(count);
        assertThat(a.completionsCounted() + b.completionsCounted() - countedBefore).isEqualTo(count);
    }

    private static Obligation recipient(UUID exchangeId, String agency) {
        return new Obligation("M1", agency, "account-transfer", ObligationRole.RECIPIENT,
                exchangeId + ":M1:" + agency + ":account-transfer", ObligationStatus.PENDING, null, null, null, null,
                List.of("property.unitNumber"), null, null, null);
    }

    private static CommandOutcome applied(UUID exchangeId, String agency) {
        return new CommandOutcome(exchangeId + ":M1:" + agency + ":account-transfer", exchangeId.toString(), "M1", agency,
                "account-transfer", OutcomeStatus.APPLIED, null, null, agency.toUpperCase() + "-1", 1,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    // -- Ingress deduplication and the audit chain -----------------------------------------

    @Test
    void theSameEventsHandedToBothInstancesAtOnceMakeOneExchangeEachAndOneUnbrokenAuditChain() throws Exception {
        long auditBefore = admin.queryForObject("select count(*) from audit_record", Long.class);
        List<Future<ExchangeRepository.Accepted>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String eventId = "scale-out-" + UUID.randomUUID();
            CyclicBarrier together = new CyclicBarrier(2);
            for (HubInstance instance : List.of(a, b)) {
                ExchangeRepository repository = instance.bean(ExchangeRepository.class);
                answers.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return repository.accept("realestate", eventId, "gov.realestate.transfer-registered.v1",
                            "realestate", event(), null, List.of("M1"));
                }));
            }
        }
        Set<UUID> exchanges = new HashSet<>();
        int isNew = 0;
        for (int i = 0; i < answers.size(); i += 2) {
            ExchangeRepository.Accepted one = answers.get(i).get(60, TimeUnit.SECONDS);
            ExchangeRepository.Accepted other = answers.get(i + 1).get(60, TimeUnit.SECONDS);
            assertThat(one.exchangeId()).isEqualTo(other.exchangeId());
            isNew += (one.isNew() ? 1 : 0) + (other.isNew() ? 1 : 0);
            exchanges.add(one.exchangeId());
        }
        assertThat(exchanges).hasSize(100);
        assertThat(isNew).isEqualTo(100);
        assertThat(admin.queryForObject("select count(*) from audit_record where kind = 'EVENT_ACCEPTED' and exchange_id = any(?)",
                Long.class, (Object) exchanges.toArray(UUID[]::new))).isEqualTo(100);

        AuditChain.Verification fromA = a.bean(AuditLog.class).verify();
        assertThat(fromA.valid()).as(fromA.problem()).isTrue();
        assertThat(fromA.records() + fromA.unsealed()).isEqualTo(auditBefore + 100);
        assertThat(admin.queryForObject("select max(seq) - min(seq) + 1 = count(*) from audit_record where hash is not null",
                Boolean.class)).isTrue();
        assertThat(b.bean(AuditLog.class).verify()).isEqualTo(fromA);
    }

    private static byte[] event() {
        return """
                {"specversion":"1.0","type":"gov.realestate.transfer-registered.v1","source":"realestate",
                 "data":{"seller":{"idNumber":"11010519491231002X"}}}""".getBytes(StandardCharsets.UTF_8);
    }
}
