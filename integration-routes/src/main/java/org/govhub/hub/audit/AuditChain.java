package org.govhub.hub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit log. A record's hash is SHA-256 over the previous record's hash
 * and the record's own content, each field length-prefixed so no two contents collide by
 * concatenation. Verification walks the records in sequence and finds the first one whose
 * hash or link does not hold: a changed record breaks its own hash, a removed or reordered one
 * breaks the next link.
 */
public final class AuditChain {

    /** The link before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, AuditRecord r) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        put(sha, prevHash);
        put(sha, Long.toString(seq));
        // Microseconds: what PostgreSQL keeps of a timestamp, so the hash survives the round trip.
        put(sha, r.recordedAt().toInstant().truncatedTo(ChronoUnit.MICROS).toString());
        put(sha, r.kind());
        put(sha, r.exchangeId() == null ? null : r.exchangeId().toString());
        put(sha, r.mandate());
        put(sha, r.agency());
        put(sha, r.legalBasis());
        put(sha, String.join(",", r.fields()));
        put(sha, String.join(",", r.subjects()));
        put(sha, r.detail());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void put(MessageDigest sha, String value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    /**
     * What verification found. {@code firstBrokenSeq} is null when the chain holds; {@code records}
     * counts the sealed records checked, {@code unsealed} those written but not sealed yet (their
     * transactions were still running).
     */
    public record Verification(boolean valid, long records, Long firstBrokenSeq, String problem, long unsealed) {
    }

    /** Verifies sealed records given in ascending sequence order. */
    public static Verification verify(List<AuditRecord> records) {
        return verify(records, 0);
    }

    /** Verifies sealed records given in ascending sequence order; {@code unsealed} is reported as is. */
    public static Verification verify(List<AuditRecord> records, long unsealed) {
        String prev = GENESIS;
        long expectedSeq = records.isEmpty() ? 0 : records.get(0).seq();
        if (!records.isEmpty() && expectedSeq != 1) {
            return new Verification(false, records.size(), records.get(0).seq(),
                    "the log does not start at record 1: earlier records were removed", unsealed);
        }
        for (AuditRecord r : records) {
            if (r.seq() == null || r.seq() != expectedSeq) {
                return new Verification(false, records.size(), r.seq(),
                        "record " + expectedSeq + " is missing: records were removed or reordered", unsealed);
            }
            if (!r.prevHash().equals(prev)) {
                return new Verification(false, records.size(), r.seq(),
                        "record " + r.seq() + " does not link to the record before it: records were removed or reordered",
                        unsealed);
            }
            if (!hash(prev, r.seq(), r).equals(r.hash())) {
                return new Verification(false, records.size(), r.seq(),
                        "record " + r.seq() + " was changed after it was written", unsealed);
            }
            prev = r.hash();
            expectedSeq++;
        }
        return new Verification(true, records.size(), null, null, unsealed);
    }
}
