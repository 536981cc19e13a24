package org.govhub.simulators.realestate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.govhub.simulators.support.GaotangSeed.Party;

/**
 * The registry's checks of what callers send, as its contract states them. Messages name the
 * field and the rule, never the value: they are answered and may be logged.
 */
final class RegistryRequests {

    /** A transfer to register. */
    record TransferRequest(String unitNumber, Party buyer, String price) {
    }

    /** What one utility did, as the hub reports it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UtilityResult(String agency, String status, String reasonCode, String reason) {
    }

    /** The hub's combined report for one transfer. */
    record OutcomeReport(String commandId, String applicationNo, String unitNumber, String outcome,
                         List<UtilityResult> utilities) {
    }

    private static final Pattern PHONE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern PRICE = Pattern.compile("^\\d{1,13}(\\.\\d{1,2})?$");
    private static final Pattern APPLICATION_NO = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Set<String> ID_TYPES = Set.of("RESIDENT_ID", "USCC");
    private static final Set<String> AGENCIES = Set.of("water", "power", "gas", "heat");
    private static final Set<String> UTILITY_STATUSES = Set.of("APPLIED", "REJECTED", "NOT_APPLICABLE", "FAILED");
    private static final Set<String> OUTCOMES = Set.of("COMPLETED", "PARTIAL");
    private static final UnifiedSocialCreditCode USCC = UnifiedSocialCreditCode.standard();

    private RegistryRequests() {
    }

    static TransferRequest transfer(JsonNode body) {
        object(body, "request");
        only(body, "", Set.of("unitNumber", "buyer", "price"));
        String unitNumber = unitNumber(body, "unitNumber");
        JsonNode buyer = body.get("buyer");
        object(buyer, "buyer");
        only(buyer, "buyer.", Set.of("name", "idType", "idNumber", "phone"));
        String name = text(buyer, "buyer.", "name", 100);
        String idType = oneOf(buyer, "buyer.", "idType", ID_TYPES);
        String idNumber = text(buyer, "buyer.", "idNumber", 18);
        Optional<String> idProblem = "USCC".equals(idType) ? USCC.check(idNumber) : ResidentIdNumber.check(idNumber);
        idProblem.ifPresent(problem -> {
            throw RealestateRefusal.invalid("buyer.idNumber: " + problem);
        });
        String phone = matching(buyer, "buyer.", "phone", PHONE, "a mainland mobile number");
        String price = matching(body, "", "price", PRICE, "a yuan amount with at most 2 decimals");
        return new TransferRequest(unitNumber, new Party(name, idType, idNumber, phone), price);
    }

    static OutcomeReport outcome(JsonNode body, String applicationNo) {
        object(body, "report");
        only(body, "", Set.of("commandId", "applicationNo", "unitNumber", "outcome", "utilities"));
        String commandId = text(body, "", "commandId", 100);
        String reportedApplicationNo = matching(body, "", "applicationNo", APPLICATION_NO, "an application number");
        if (!reportedApplicationNo.equals(applicationNo)) {
            throw RealestateRefusal.invalid("applicationNo: must be the application of the path");
        }
        String unitNumber = unitNumber(body, "unitNumber");
        String outcome = oneOf(body, "", "outcome", OUTCOMES);
        JsonNode utilities = body.get("utilities");
        if (utilities == null || !utilities.isArray() || utilities.size() > 10) {
            throw RealestateRefusal.invalid("utilities: must be an array of at most 10 results");
        }
        List<UtilityResult> results = new ArrayList<>();
        for (int i = 0; i < utilities.size(); i++) {
            String prefix = "utilities[" + i + "].";
            JsonNode utility = utilities.get(i);
            object(utility, prefix);
            only(utility, prefix, Set.of("agency", "status", "reasonCode", "reason"));
            results.add(new UtilityResult(oneOf(utility, prefix, "agency", AGENCIES),
                    oneOf(utility, prefix, "status", UTILITY_STATUSES),
                    optionalText(utility, prefix, "reasonCode", 100), optionalText(utility, prefix, "reason", 500)));
        }
        return new OutcomeReport(commandId, applicationNo, unitNumber, outcome, List.copyOf(results));
    }

    /** A unit number in a path. */
    static void unitNumber(String unitNumber) {
        RealEstateUnitNumber.check(unitNumber).ifPresent(problem -> {
            throw RealestateRefusal.invalid("unitNumber: " + problem);
        });
    }

    /** An application number in a path. */
    static void applicationNo(String applicationNo) {
        if (!APPLICATION_NO.matcher(applicationNo).matches()) {
            throw RealestateRefusal.invalid("applicationNo: must be 6 to 32 letters, digits or hyphens");
        }
    }

    private static String unitNumber(JsonNode body, String field) {
        String unitNumber = text(body, "", field, 28);
        RealEstateUnitNumber.check(unitNumber).ifPresent(problem -> {
            throw RealestateRefusal.invalid(field + ": " + problem);
        });
        return unitNumber;
    }

    private static void object(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            throw RealestateRefusal.invalid(name + ": must be a JSON object");
        }
    }

    private static void only(JsonNode node, String prefix, Set<String> allowed) {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw RealestateRefusal.invalid(prefix + name + ": is not a field of this request");
            }
        });
    }

    private static String text(JsonNode node, String prefix, String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank() || value.textValue().length() > maxLength) {
            throw RealestateRefusal.invalid(prefix + field + ": must be a string of 1 to " + maxLength + " characters");
        }
        return value.textValue();
    }

    private static String optionalText(JsonNode node, String prefix, String field, int maxLength) {
        return node.has(field) ? text(node, prefix, field, maxLength) : null;
    }

    private static String oneOf(JsonNode node, String prefix, String field, Set<String> values) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || !values.contains(value.textValue())) {
            throw RealestateRefusal.invalid(prefix + field + ": must be one of " + String.join(", ", values.stream().sorted().toList()));
        }
        return value.textValue();
    }

    private static String matching(JsonNode node, String prefix, String field, Pattern pattern, String what) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || !pattern.matcher(value.textValue()).matches()) {
            throw RealestateRefusal.invalid(prefix + field + ": must be " + what);
        }
        return value.textValue();
    }
}
