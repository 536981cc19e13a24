package org.govhub.simulators.support.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kit fails a simulator that drifts from its agency's contract: a simulated civil affairs
 * bureau that answers as civil.v1.yaml says passes; one whose answer has drifted (a status
 * outside the enum, a required field gone, an undocumented HTTP status) fails the build.
 */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/civil.v1.yaml", "/civil");
    private static final String REQUEST = """
            {"request_id":"r-1","application_no":"XF20261125-0001","name":"孙红梅","id_number":"371526198306242822"}""";

    /** A civil simulator that answers with whatever body and status the test sets. */
    @RestController
    static class Civil {
        HttpStatus status = HttpStatus.ACCEPTED;
        Map<String, Object> answer = new LinkedHashMap<>(Map.of("request_id", "r-1", "status", "ACCEPTED"));

        @PostMapping(path = "/civil/api/marriage/share-requests", produces = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Map<String, Object>> share(@RequestHeader("Authorization") String token, @RequestBody String body) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer);
        }
    }

    private final Civil civil = new Civil();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(civil).build();

    @Test
    void anAnswerAsTheContractSaysPasses() throws Exception {
        assertThatCode(() -> CONTRACT.assertConforms(call())).doesNotThrowAnyException();
    }

    @Test
    void aValueOutsideTheContractsEnumFails() throws Exception {
        civil.answer.put("status", "OK");
        assertThatThrownBy(() -> CONTRACT.assertConforms(call())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks /civil contract").hasMessageContaining("/status");
    }

    @Test
    void aMissingRequiredFieldFails() throws Exception {
        civil.answer.remove("request_id");
        assertThatThrownBy(() -> CONTRACT.assertConforms(call())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("request_id");
    }

    @Test
    void anUndocumentedStatusFails() throws Exception {
        civil.status = HttpStatus.OK;
        assertThatThrownBy(() -> CONTRACT.assertConforms(call())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("200");
    }

    @Test
    void aRequestOutsideTheContractFailsButAssertAnswerConformsLooksOnlyAtTheAnswer() throws Exception {
        MvcResult malformed = mvc.perform(post("/civil/api/marriage/share-requests").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer t").content("{\"request_id\":\"r-1\"}")).andReturn();
        assertThatThrownBy(() -> CONTRACT.assertConforms(malformed)).isInstanceOf(AssertionError.class);
        assertThatCode(() -> CONTRACT.assertAnswerConforms(malformed)).doesNotThrowAnyException();
    }

    private MvcResult call() throws Exception {
        return mvc.perform(post("/civil/api/marriage/share-requests").contentType(MediaType.APPLICATION_JSON)
                .characterEncoding("UTF-8").header("Authorization", "Bearer t").content(REQUEST)).andReturn();
    }
}
