package org.govhub.simulators.sms;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-back and controls of the simulated gateway, outside its contract. */
@RestController
@RequestMapping("/_sim/sms")
public class SmsSimulatorController {

    /** One text as one phone received it. */
    public record SentMessage(String outId, String bizId, String phone, String template, Map<String, String> params,
                              String text, OffsetDateTime sentAt) {
    }

    private final SmsGateway gateway;

    public SmsSimulatorController(SmsGateway gateway) {
        this.gateway = gateway;
    }

    /** Every text sent, one entry per phone, oldest first. */
    @GetMapping("/messages")
    public List<SentMessage> messages() {
        return gateway.messages().stream()
                .flatMap(m -> m.phoneNumbers().stream().map(phone -> new SentMessage(m.outId(), m.bizId(), phone,
                        m.templateCode(), m.templateParam(), m.text(), m.sentAt())))
                .toList();
    }

    /** The next {@code next} sends answer 429 isv.BUSINESS_LIMIT_CONTROL, to exercise callers' retries. */
    @PostMapping("/limit-control")
    public Map<String, Integer> limitControl(@RequestParam int next) {
        gateway.forceLimitControl(next);
        return Map.of("next", Math.max(0, next));
    }
}
