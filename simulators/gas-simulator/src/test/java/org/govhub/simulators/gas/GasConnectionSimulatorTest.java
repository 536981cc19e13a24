package org.govhub.simulators.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.govhub.simulators.support.testkit.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** M6 at the simulated gas company: 用气报装 and construction-permit notices in its XML, with faults and journal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"govhub.simulators.gas.username=hub", "govhub.simulators.gas.password=test-gas-password"})
@AutoConfigureMockMvc
class GasConnectionSimulatorTest {

    private static final OpenApiContract CONTRACT = new OpenApiContract("contracts/agencies/gas.v1.yaml", "/gas");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper mapper;

    @BeforeEach
    void reset() throws Exception {
        mvc.perform(post("/_sim/reset")).andExpect(status().isNoContent());
    }

    @Test
    void filesAnApplicationOnceHoweverOftenItIsRepeated() throws Exception {
        MvcResult first = call("/gas/services/ConnectionApplication", application("r-1", "高唐县鱼丘湖街道金城路16号", "12.00"))
                .andExpect(status().isOk()).andExpect(xpath("/GasConnectionResponse/ResultCode").string("0000")).andReturn();
        CONTRACT.assertConforms(first);
        MvcResult again = call("/gas/services/ConnectionApplication", application("r-1", "高唐县鱼丘湖街道金城路16号", "12.00"))
                .andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(mapper.readTree(mvc.perform(get("/_sim/gas/connection-intake")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
        assertThat(mapper.readTree(mvc.perform(get("/_sim/gas/requests")).andReturn().getResponse()
                .getContentAsString())).hasSize(2);
    }

    @Test
    void refusesASiteWithoutGasMainAndNamesAMalformedElement() throws Exception {
        CONTRACT.assertConforms(call("/gas/services/ConnectionApplication", application("r-2", "高唐县赵寨子镇北街1号", "12.00"))
                .andExpect(status().isOk()).andExpect(xpath("/GasConnectionResponse/ResultCode").string("2001")).andReturn());
        call("/gas/services/ConnectionApplication", application("r-3", "高唐县鱼丘湖街道金城路16号", "12"))
                .andExpect(status().isBadRequest()).andExpect(xpath("/GasConnectionResponse/ResultCode").string("9001"))
                .andExpect(xpath("/GasConnectionResponse/ResultMessage").string("报文格式错误：PeakFlow"));
    }

    @Test
    void registersAConstructionPermitOnceAndRefusesOneWithoutGasMain() throws Exception {
        MvcResult first = call("/gas/services/ConstructionPermit", permit("p-1", "高唐县鱼丘湖街道金城路以南"))
                .andExpect(status().isOk()).andExpect(xpath("/GasPermitNoticeResponse/ResultCode").string("0000")).andReturn();
        CONTRACT.assertConforms(first);
        assertThat(call("/gas/services/ConstructionPermit", permit("p-1", "高唐县鱼丘湖街道金城路以南")).andReturn()
                .getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        call("/gas/services/ConstructionPermit", permit("p-2", "高唐县梁村镇工业园"))
                .andExpect(xpath("/GasPermitNoticeResponse/ResultCode").string("2001"));
        assertThat(mapper.readTree(mvc.perform(get("/_sim/gas/construction-permits")).andReturn().getResponse()
                .getContentAsString())).hasSize(1);
    }

    @Test
    void isDownWhenSwitchedOff() throws Exception {
        mvc.perform(post("/_sim/gas/faults?outageSeconds=60")).andExpect(status().is2xxSuccessful());
        call("/gas/services/ConstructionPermit", permit("p-3", "高唐县鱼丘湖街道金城路以南"))
                .andExpect(status().isServiceUnavailable());
    }

    private ResultActions call(String path, String xml) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_XML)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "hub:test-gas-password".getBytes(StandardCharsets.UTF_8)))
                .content(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String application(String requestId, String address, String peakFlow) {
        return """
                <GasConnectionRequest><RequestId>%s</RequestId><WindowNo>GTBZ20261125001</WindowNo>
                <ProjectName>高唐县鱼丘湖街道金城路16号商铺</ProjectName><Address>%s</Address>
                <DivisionCode>371526</DivisionCode><AcceptDate>2026-11-25</AcceptDate>
                <Applicant><Name>高唐县示例商贸有限公司</Name><CertType>02</CertType><CertNo>91371526MA3C11116D</CertNo>
                <Mobile>13905351234</Mobile></Applicant><GasUse>02</GasUse><PeakFlow>%s</PeakFlow>
                <ExternalWorks>0</ExternalWorks></GasConnectionRequest>""".formatted(requestId, address, peakFlow);
    }

    private static String permit(String requestId, String address) {
        return """
                <GasPermitNotice><RequestId>%s</RequestId><PermitNo>371526202611250101</PermitNo>
                <ProjectCode>2611-371526-04-01-000123</ProjectCode><ProjectName>高唐县鱼丘湖街道金城花园二期</ProjectName>
                <Address>%s</Address><DivisionCode>371526</DivisionCode>
                <BuildingUse>RESIDENTIAL</BuildingUse><IssueDate>2026-11-25</IssueDate><CompletionDate>2028-06-30</CompletionDate>
                <Builder><Name>高唐县示例商贸有限公司</Name><CreditCode>91371526MA3C11116D</CreditCode></Builder>
                <Households>640</Households></GasPermitNotice>""".formatted(requestId, address);
    }
}
