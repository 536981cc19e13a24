package org.govhub.hub.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.govhub.contracts.mandate.SharingClass;
import org.govhub.hub.sharing.SharingRequest.SharingStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code sharing_request} (V9): every M9 request and its answer. */
@Repository
public class SharingRequestStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    public SharingRequestStore(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public void insert(SharingRequest r, String subjectHash) {
        jdbc.update("""
                insert into sharing_request (id, resource, sharing_class, provider, requester, subject, subject_hash,
                                             purpose, legal_basis, case_reference, status, reason, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id(), r.resource(), r.sharingClass().name(), r.provider(), r.requester(), r.subject(), subjectHash,
                r.purpose(), r.legalBasis(), r.caseReference(), r.status().name(), r.reason(), ts(r.dueAt()));
    }

    /**
     * Settles a request that is still {@code PENDING}; false when it was settled already (a second
     * answer, or two at once: the row's update serialises them).
     */
    public boolean settle(UUID id, SharingStatus status, String reason, List<String> fields, JsonNode data,
                          String answeredBy) {
        return jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    update sharing_request set status = ?, reason = ?, fields = ?, data = ?::jsonb,
                                               answered_at = now(), answered_by = ?
                    where id = ? and status = 'PENDING'""");
            ps.setString(1, status.name());
            ps.setString(2, reason);
            ps.setArray(3, connection.createArrayOf("text", fields.toArray()));
            if (data == null) {
                ps.setNull(4, Types.VARCHAR);
            } else {
                ps.setString(4, data.toString());
            }
            ps.setString(5, answeredBy);
            ps.setObject(6, id);
            return ps;
        }) == 1;
    }

    public Optional<SharingRequest> find(UUID id) {
        return jdbc.query("select * from sharing_request where id = ?", this::row, id).stream().findFirst();
    }

    /** Newest first; each argument null for any. */
    public List<SharingRequest> list(String provider, String requester, SharingStatus status, int limit) {
        StringBuilder sql = new StringBuilder("select * from sharing_request where true");
        List<Object> args = new ArrayList<>();
        if (provider != null) {
            sql.append(" and provider = ?");
            args.add(provider);
        }
        if (requester != null) {
            sql.append(" and requester = ?");
            args.add(requester);
        }
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status.name());
        }
        sql.append(" order by requested_at desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), this::row, args.toArray());
    }

    private SharingRequest row(ResultSet rs, int n) throws SQLException {
        Array fields = rs.getArray("fields");
        String data = rs.getString("data");
        return new SharingRequest(rs.getObject("id", UUID.class), rs.getString("resource"),
                SharingClass.valueOf(rs.getString("sharing_class")), rs.getString("provider"),
                rs.getString("requester"), rs.getString("subject"), rs.getString("purpose"),
                rs.getString("legal_basis"), rs.getString("case_reference"),
                SharingStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                fields == null ? List.of() : Arrays.asList((String[]) fields.getArray()), json(data),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("answered_at", OffsetDateTime.class), rs.getString("answered_by"));
    }

    private JsonNode json(String data) {
        if (data == null) {
            return null;
        }
        try {
            return mapper.readTree(data);
        } catch (IOException e) {
            throw new IllegalStateException("sharing_request.data is not JSON", e);
        }
    }

    private static Timestamp ts(OffsetDateTime t) {
        return t == null ? null : Timestamp.from(t.toInstant());
    }
}
