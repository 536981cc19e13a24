package org.govhub.contracts.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.Test;

class FieldProjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MandateDeclaration M1 = MandateCatalog.fromClasspath().byId("M1").orElseThrow();
    private static final JsonNode EVENT = EventSchemas.fromClasspath()
            .schema("gov.realestate.transfer-registered.v1").path("examples").get(0);

    @Test
    void utilityAllowListKeepsOnlyWhatTheUtilitiesNeed() throws Exception {
        ObjectNode projection = FieldProjection.project(EVENT, M1.recipients().get(0).fields());

        assertThat(projection).isEqualTo(JSON.readTree("""
                {"unitNumber": "371526001001GB00001F00010001",
                 "address": "高唐县鱼丘湖街道金城路16号1号楼1单元101室",
                 "transferDate": "2026-11-25",
                 "newOwner": {"name": "张伟", "idType": "RESIDENT_ID", "idNumber": "371526199001010013", "phone": "13905351234"},
                 "previousOwner": {"name": "李娜"}}
                """));
        String text = projection.toString();
        assertThat(text).doesNotContain("865000.00", "GT202611250001", "不动产权第0001234号", "118.62", "住宅",
                "371526198512310021", "13605350987");
    }

    @Test
    void completionAllowListsKeepOnlyTheirFields() throws Exception {
        assertThat(FieldProjection.project(EVENT, M1.completion().get(0).fields())).isEqualTo(JSON.readTree("""
                {"address": "高唐县鱼丘湖街道金城路16号1号楼1单元101室", "newOwner": {"phone": "13905351234"}}
                """));
        assertThat(FieldProjection.project(EVENT, M1.completion().get(1).fields())).isEqualTo(JSON.readTree("""
                {"applicationNo": "GT202611250001", "unitNumber": "371526001001GB00001F00010001"}
                """));
    }

    @Test
    void leavesOutPathsTheDataLacks() throws Exception {
        JsonNode data = JSON.readTree("""
                {"address": "x", "newOwner": {"name": "n", "phone": null}, "price": "1.00"}
                """);

        assertThat(FieldProjection.project(data, List.of("address", "unitNumber", "newOwner.phone",
                "previousOwner.name", "price.amount", "address.street")))
                .isEqualTo(JSON.readTree("{\"address\": \"x\"}"));
    }

    @Test
    void copiesWholeObjectsOnlyWhenListed() throws Exception {
        assertThat(FieldProjection.project(EVENT, List.of("newOwner.name", "newOwner")))
                .isEqualTo(JSON.createObjectNode().set("newOwner", EVENT.get("newOwner")));
        assertThat(FieldProjection.project(EVENT, List.of("newOwner", "newOwner.name")))
                .isEqualTo(JSON.createObjectNode().set("newOwner", EVENT.get("newOwner")));
        assertThat(FieldProjection.project(EVENT, List.of())).isEmpty();
    }

    @Test
    void projectionIsACopy() {
        ObjectNode projection = FieldProjection.project(EVENT, List.of("newOwner.name"));
        ((ObjectNode) projection.get("newOwner")).put("name", "changed");

        assertThat(EVENT.at("/newOwner/name").asText()).isEqualTo("张伟");
    }
}
