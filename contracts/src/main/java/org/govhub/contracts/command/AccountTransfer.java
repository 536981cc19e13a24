package org.govhub.contracts.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} of an {@code account-transfer} command
 * (events/agency.account-transfer.v1.schema.json): only the fields M1 lets a utility receive.
 */
public record AccountTransfer(String unitNumber, String address, String transferDate, NewOwner newOwner,
                              PreviousOwner previousOwner) {

    public record NewOwner(String name, String idType, String idNumber, String phone) {
    }

    public record PreviousOwner(String name) {
    }

    /** The schema's required fields that this data lacks, as dotted paths; empty when complete. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        require(unitNumber, "unitNumber", missing);
        require(address, "address", missing);
        require(transferDate, "transferDate", missing);
        if (newOwner == null) {
            missing.add("newOwner");
        } else {
            require(newOwner.name(), "newOwner.name", missing);
            require(newOwner.idType(), "newOwner.idType", missing);
            require(newOwner.idNumber(), "newOwner.idNumber", missing);
        }
        if (previousOwner == null) {
            missing.add("previousOwner");
        } else {
            require(previousOwner.name(), "previousOwner.name", missing);
        }
        return missing;
    }

    private static void require(String value, String path, List<String> missing) {
        if (value == null) {
            missing.add(path);
        }
    }
}
