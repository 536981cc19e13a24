package org.govhub.connectors.water;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;

/**
 * The data of an {@code account-transfer} command, as
 * contracts/events/agency.account-transfer.v1.schema.json defines it: only the fields M1 allows
 * a utility to receive.
 */
record AccountTransfer(String unitNumber, String address, String transferDate, NewOwner newOwner,
                       PreviousOwner previousOwner) {

    record NewOwner(String name, String idType, String idNumber, String phone) {
    }

    record PreviousOwner(String name) {
    }

    static AccountTransfer of(AgencyCommand command, ObjectMapper mapper) {
        AccountTransfer transfer;
        try {
            transfer = mapper.treeToValue(command.data(), AccountTransfer.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // Jackson's message may quote the data, which is personal: say only what failed.
            throw new InvalidCommandException("account-transfer data does not match its schema");
        }
        if (transfer.unitNumber() == null || transfer.address() == null || transfer.transferDate() == null
                || transfer.newOwner() == null || transfer.newOwner().name() == null
                || transfer.newOwner().idType() == null || transfer.newOwner().idNumber() == null
                || transfer.previousOwner() == null || transfer.previousOwner().name() == null) {
            throw new InvalidCommandException("account-transfer data lacks a required field");
        }
        return transfer;
    }
}
