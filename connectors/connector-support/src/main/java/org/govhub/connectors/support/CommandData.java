package org.govhub.connectors.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.govhub.contracts.command.AccountTransfer;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.ConnectionApplication;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads a command's {@code data} into its contract type, or says which part is wrong. */
public final class CommandData {

    private CommandData() {
    }

    /** The data of an account-transfer command, complete as its schema requires. */
    public static AccountTransfer accountTransfer(AgencyCommand command, ObjectMapper mapper) {
        AccountTransfer transfer = read(command, AccountTransfer.class, mapper);
        List<String> missing = transfer.missingFields();
        if (!missing.isEmpty()) {
            throw new InvalidCommandException("account-transfer data lacks " + missing);
        }
        return transfer;
    }

    /**
     * The data of a connection-application command (M6), complete as its schema requires, with
     * the section of the utility {@code utility} present.
     */
    public static ConnectionApplication connectionApplication(AgencyCommand command, String utility,
                                                              ObjectMapper mapper) {
        ConnectionApplication application = read(command, ConnectionApplication.class, mapper);
        List<String> missing = new java.util.ArrayList<>(application.missingFields());
        JsonNode section = application.section(utility);
        if (section == null || !section.isObject()) {
            missing.add(utility);
        }
        if (!missing.isEmpty()) {
            throw new InvalidCommandException("connection-application data lacks " + missing);
        }
        return application;
    }

    /** The command's data as {@code type}; InvalidCommandException when it does not fit. */
    public static <T> T read(AgencyCommand command, Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(command.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // Jackson's message may quote the data, which is personal: say only what failed.
            throw new InvalidCommandException(command.command() + " data does not match its schema");
        }
    }
}
