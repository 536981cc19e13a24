package org.govhub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    final List<AuditRecord> chain = chain(5);

    @Test
    void anUntouchedChainVerifies() {
        AuditChain.Verification v = AuditChain.verify(chain);
        assertThat(v.valid()).isTrue();
        assertThat(v.records()).isEqualTo(5);
        assertThat(v.firstBrokenSeq()).isNull();
    }

    @Test
    void aChangedRecordIsFound() {
        AuditRecord r = chain.get(2);
        chain.set(2, new AuditRecord(r.id(), r.seq(), r.recordedAt(), r.kind(), r.exchangeId(), r.mandate(), "tax",
                r.legalBasis(), r.fields(), r.subjects(), r.detail(), r.prevHash(), r.hash()));

        AuditChain.Verification v = AuditChain.verify(chain);

        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.problem()).contains("changed");
    }

    @Test
    void aChangedFieldListIsFound() {
        AuditRecord r = chain.get(1);
        chain.set(1, new AuditRecord(r.id(), r.seq(), r.recordedAt(), r.kind(), r.exchangeId(), r.mandate(), r.agency(),
                r.legalBasis(), List.of("address"), r.subjects(), r.detail(), r.prevHash(), r.hash()));

        assertThat(AuditChain.verify(chain).firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aRemovedRecordIsFound() {
        chain.remove(3);

        AuditChain.Verification v = AuditChain.verify(chain);

        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(5);
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void theFirstRecordRemovedIsFound() {
        chain.remove(0);

        assertThat(AuditChain.verify(chain).valid()).isFalse();
    }

    @Test
    void reorderedRecordsAreFound() {
        // Swap the contents of records 2 and 3 but keep the sequence numbers in order.
        AuditRecord a = chain.get(1);
        AuditRecord b = chain.get(2);
        chain.set(1, new AuditRecord(a.id(), a.seq(), b.recordedAt(), b.kind(), b.exchangeId(), b.mandate(), b.agency(),
                b.legalBasis(), b.fields(), b.subjects(), b.detail(), b.prevHash(), b.hash()));
        chain.set(2, new AuditRecord(b.id(), b.seq(), a.recordedAt(), a.kind(), a.exchangeId(), a.mandate(), a.agency(),
                a.legalBasis(), a.fields(), a.subjects(), a.detail(), a.prevHash(), a.hash()));

        AuditChain.Verification v = AuditChain.verify(chain);

        assertThat(v.valid()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        OffsetDateTime t = OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.UTC);
        AuditRecord one = new AuditRecord(1, 1L, t, "DATA_SHARED", null, "M1", "water", null, List.of("ab"), List.of(),
                null, AuditChain.GENESIS, null);
        AuditRecord two = new AuditRecord(1, 1L, t, "DATA_SHARED", null, "M1", "wate", null, List.of("rab"), List.of(),
                null, AuditChain.GENESIS, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, one)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, two));
    }

    static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        UUID exchange = UUID.randomUUID();
        for (long seq = 1; seq <= n; seq++) {
            OffsetDateTime at = OffsetDateTime.of(2026, 11, 25, 8, 0, (int) seq, 0, ZoneOffset.UTC);
            AuditRecord unsigned = new AuditRecord(seq, seq, at, "DATA_SHARED", exchange, "M1", "water",
                    "高政发〔2021〕6号 Part 5.5", List.of("unitNumber", "newOwner.name"), List.of("abc"), "command=account-transfer",
                    prev, null);
            String hash = AuditChain.hash(prev, seq, unsigned);
            out.add(new AuditRecord(seq, seq, at, unsigned.kind(), exchange, "M1", "water", unsigned.legalBasis(),
                    unsigned.fields(), unsigned.subjects(), unsigned.detail(), prev, hash));
            prev = hash;
        }
        return out;
    }
}
