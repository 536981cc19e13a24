package org.govhub.connectors.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.govhub.contracts.command.AgencyCommand;

/**
 * The data of a {@code construction-permit} command (M6, Parts 4.2 and 4.5;
 * events/agency.construction-permit.v1.schema.json), read for a utility's connector: the
 * fields every utility gets, and the measures of scale, of which each utility gets only the one
 * it plans by. A missing required field is an {@link InvalidCommandException} naming it.
 */
public record ConstructionPermitData(String permitNo, String projectCode, String projectName, String address,
                                     String divisionCode, String buildingUse, String issuedOn,
                                     String plannedCompletionOn, String builderUscc, String builderName,
                                     Optional<BigDecimal> floorAreaM2, Optional<Integer> dwellingUnits) {

    public static ConstructionPermitData of(AgencyCommand command) {
        JsonNode scale = AgencyJson.at(command.data(), "scale");
        JsonNode area = scale == null ? null : scale.get("floorAreaM2");
        JsonNode units = scale == null ? null : scale.get("dwellingUnits");
        if (area != null && !area.isNumber() || units != null && !units.isIntegralNumber()) {
            throw new InvalidCommandException("construction-permit data has a scale that is not a number");
        }
        return new ConstructionPermitData(
                AgencyJson.required(command, "permitNo"),
                AgencyJson.required(command, "projectCode"),
                AgencyJson.required(command, "projectName"),
                AgencyJson.required(command, "address"),
                AgencyJson.required(command, "divisionCode"),
                AgencyJson.required(command, "buildingUse"),
                AgencyJson.required(command, "issuedOn"),
                AgencyJson.required(command, "plannedCompletionOn"),
                AgencyJson.required(command, "builder.uscc"),
                AgencyJson.required(command, "builder.name"),
                Optional.ofNullable(area).map(JsonNode::decimalValue),
                Optional.ofNullable(units).map(JsonNode::intValue));
    }

    /** The floor area, which this utility's allow-list includes. */
    public BigDecimal requiredFloorArea() {
        return floorAreaM2.orElseThrow(() -> new InvalidCommandException("construction-permit data lacks scale.floorAreaM2"));
    }

    /** The floor area as text with two decimals, as the utilities' text fields carry it. */
    public String floorAreaText() {
        return requiredFloorArea().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** yyyy-MM-dd as yyyyMMdd. */
    public static String compactDate(String isoDate) {
        if (!isoDate.matches("^\\d{4}-\\d{2}-\\d{2}$")) {
            throw new InvalidCommandException("construction-permit data has a date that is not yyyy-MM-dd");
        }
        return isoDate.replace("-", "");
    }
}
