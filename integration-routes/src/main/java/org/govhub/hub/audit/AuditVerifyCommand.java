package org.govhub.hub.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies the audit log straight from the database, without the hub: an auditor need not
 * trust the running system to check its log. Exit code 0 when the chain holds, 1 when it does
 * not, 2 on a usage or connection error.
 *
 * <pre>
 * java -cp govhub-hub.jar -Dloader.main=org.govhub.hub.audit.AuditVerifyCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher jdbc:postgresql://HOST:PORT/DB USER
 * </pre>
 * The password comes from the environment variable {@code PGPASSWORD}, never the command line.
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: AuditVerifyCommand <jdbc-url> <user>   (password in PGPASSWORD)");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[0], args[1], System.getenv("PGPASSWORD"))) {
            System.exit(run(c, System.out));
        } catch (SQLException e) {
            System.err.println("cannot read the audit log: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Verifies and reports on {@code out}; the exit code. */
    public static int run(Connection connection, PrintStream out) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select * from audit_record where hash is not null order by seq");
             ResultSet rs = ps.executeQuery()) {
            int n = 0;
            while (rs.next()) {
                records.add(AuditLog.row(rs, n++));
            }
        }
        long unsealed;
        try (PreparedStatement ps = connection.prepareStatement("select count(*) from audit_record where hash is null");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            unsealed = rs.getLong(1);
        }
        AuditChain.Verification v = AuditChain.verify(records, unsealed);
        if (v.valid()) {
            // Read-only: records not sealed yet (a running hub seals them within a second) are counted, not checked.
            out.printf("audit log intact: %d records, head %s%s%n", v.records(),
                    records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash(),
                    unsealed == 0 ? "" : "; " + unsealed + " written but not sealed yet");
            return 0;
        }
        out.printf("audit log BROKEN at record %d of %d: %s%n", v.firstBrokenSeq(), v.records(), v.problem());
        return 1;
    }
}
