package org.govhub.simulators.sms;

import java.util.Map;
import java.util.Optional;

/**
 * A template registered at the gateway: its text with {@code ${name}} placeholders and the
 * longest value each parameter may take.
 */
record SmsTemplate(String code, String text, Map<String, Integer> maxLengths) {

    private static final Map<String, SmsTemplate> REGISTERED = Map.of(
            "M1_TRANSFER_RESULT", new SmsTemplate("M1_TRANSFER_RESULT",
                    "您名下${address}的不动产已完成转移登记。水:${water} 电:${power} 气:${gas} 热:${heat}。",
                    Map.of("address", 100, "water", 10, "power", 10, "gas", 10, "heat", 10)));

    static Optional<SmsTemplate> registered(String code) {
        return Optional.ofNullable(REGISTERED.get(code));
    }

    String render(Map<String, String> values) {
        String rendered = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            rendered = rendered.replace("${" + value.getKey() + "}", value.getValue());
        }
        return rendered;
    }
}
