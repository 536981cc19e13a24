package org.govhub.contracts.schema;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.govhub.contracts.identifier.CourtCaseNumber;
import org.govhub.contracts.identifier.DivisionCode;
import org.govhub.contracts.identifier.RealEstateUnitNumber;
import org.govhub.contracts.identifier.ResidentIdNumber;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;

/** The identifier rules a schema can name in {@code x-govhub-identifier}. */
enum IdentifierRule {
    RESIDENT_ID("resident-id", ResidentIdNumber::check),
    USCC("uscc", code -> UnifiedSocialCreditCode.standard().check(code)),
    REAL_ESTATE_UNIT_NUMBER("real-estate-unit-number", RealEstateUnitNumber::check),
    DIVISION_CODE("division-code", DivisionCode::check),
    /** 案号 of an enforcement case (执行案件): M7's court orders. */
    ENFORCEMENT_CASE_NUMBER("enforcement-case-number", CourtCaseNumber::checkEnforcement);

    private final String ruleName;
    private final Function<String, Optional<String>> check;

    IdentifierRule(String ruleName, Function<String, Optional<String>> check) {
        this.ruleName = ruleName;
        this.check = check;
    }

    String ruleName() {
        return ruleName;
    }

    Optional<String> check(String value) {
        return check.apply(value);
    }

    static Optional<IdentifierRule> named(String ruleName) {
        return Arrays.stream(values()).filter(rule -> rule.ruleName.equals(ruleName)).findFirst();
    }

    /** The rule for a party's {@code idType}, as the party schema's enum spells it. */
    static Optional<IdentifierRule> forIdType(String idType) {
        return switch (idType) {
            case "RESIDENT_ID" -> Optional.of(RESIDENT_ID);
            case "USCC" -> Optional.of(USCC);
            default -> Optional.empty();
        };
    }
}
