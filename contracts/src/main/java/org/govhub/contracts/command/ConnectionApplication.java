package org.govhub.contracts.command;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} of a {@code connection-application} command
 * (events/agency.connection-application.v1.schema.json): the common part of an application at
 * the combined window, and the one section of the utility it goes to (M6). A utility's
 * section is read with {@link #section(String)}; the others are never there.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ConnectionApplication(String applicationNo, String projectCode, String projectName, String address,
                                    String divisionCode, String appliedOn, Boolean externalWorks, Applicant applicant,
                                    JsonNode water, JsonNode power, JsonNode gas, JsonNode heat, JsonNode telecom,
                                    JsonNode drainage) {

    public record Applicant(String name, String idType, String idNumber, String phone) {
    }

    /** The section of {@code utility} ({@code water}, ..., {@code drainage}); null when absent. */
    public JsonNode section(String utility) {
        return switch (utility) {
            case "water" -> water;
            case "power" -> power;
            case "gas" -> gas;
            case "heat" -> heat;
            case "telecom" -> telecom;
            case "drainage" -> drainage;
            default -> throw new IllegalArgumentException("no utility " + utility);
        };
    }

    /** The schema's required fields that this data lacks, as dotted paths; empty when complete. */
    public List<String> missingFields() {
        List<String> missing = new ArrayList<>();
        require(applicationNo, "applicationNo", missing);
        require(projectName, "projectName", missing);
        require(address, "address", missing);
        require(divisionCode, "divisionCode", missing);
        require(appliedOn, "appliedOn", missing);
        require(externalWorks, "externalWorks", missing);
        if (applicant == null) {
            missing.add("applicant");
        } else {
            require(applicant.name(), "applicant.name", missing);
            require(applicant.idType(), "applicant.idType", missing);
            require(applicant.idNumber(), "applicant.idNumber", missing);
            require(applicant.phone(), "applicant.phone", missing);
        }
        return missing;
    }

    private static void require(Object value, String path, List<String> missing) {
        if (value == null) {
            missing.add(path);
        }
    }
}
