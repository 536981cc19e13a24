package org.govhub.hub.ingress;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.govhub.contracts.schema.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.jms.UncategorizedJmsException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP face of the ingress: status codes and problem documents for each way an event ends. */
@WebMvcTest(EventIngressController.class)
// The controller's answers, not authentication (the security matrix ITs cover that).
@AutoConfigureMockMvc(addFilters = false)
@TestPropertySource(properties = "spring.mvc.problemdetails.enabled=true")
class EventIngressControllerTest {

    static final String CE = "application/cloudevents+json";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EventIngress ingress;

    @MockitoBean
    CallerIdentity callers;

    @org.junit.jupiter.api.BeforeEach
    void anAgencyCalls() {
        when(callers.current()).thenReturn(new CallerIdentity.Caller("realestate", "realestate", java.util.Set.of("agency")));
    }

    @Test
    void anAcceptedEventIs202WithItsExchange() throws Exception {
        UUID id = UUID.randomUUID();
        when(ingress.accept(any(), any())).thenReturn(new EventIngress.Receipt(id, false));

        mvc.perform(post("/api/v1/events").contentType(CE).content("{}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/v1/exchanges/" + id))
                .andExpect(jsonPath("$.exchangeId").value(id.toString()))
                .andExpect(jsonPath("$.duplicate").value(false));
    }

    @Test
    void anInvalidEventIs400WithEveryViolation() throws Exception {
        when(ingress.accept(any(), any())).thenThrow(new InvalidEventException(List.of(
                new Violation("/data/unitNumber", "real-estate-unit-number", "unitNumber breaks GB/T 37346"),
                new Violation("/data/address", "required", "address is required"))));

        mvc.perform(post("/api/v1/events").contentType(CE).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://govhub.org/problems/invalid-event"))
                .andExpect(jsonPath("$.violations.length()").value(2))
                .andExpect(jsonPath("$.violations[0].pointer").value("/data/unitNumber"))
                .andExpect(jsonPath("$.violations[1].rule").value("required"));
    }

    @Test
    void aBrokerOutageIs503AskingForTheSameEventAgain() throws Exception {
        when(ingress.accept(any(), any())).thenThrow(new UncategorizedJmsException("broker down"));

        mvc.perform(post("/api/v1/events").contentType(CE).content("{}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("https://govhub.org/problems/hub-unavailable"));
    }

    @Test
    void anotherMediaTypeIs415AsAProblemDocument() throws Exception {
        mvc.perform(post("/api/v1/events").contentType("application/json").content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
