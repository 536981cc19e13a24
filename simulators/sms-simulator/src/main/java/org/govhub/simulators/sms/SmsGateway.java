package org.govhub.simulators.sms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.govhub.simulators.support.ResettableState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway's state: every message accepted, the answer given to each {@code outId}, and
 * the per-number flow control. Delivery is immediate: every accepted message is DELIVERED.
 */
@Component
public class SmsGateway implements ResettableState {

    /** What the gateway answers an accepted send (and every repeat of its outId). */
    public record SendAnswer(String code, String message, String requestId, String bizId) {
    }

    /** One message the gateway accepted, with its text as the phones received it. */
    public record Message(String bizId, String outId, List<String> phoneNumbers, String templateCode,
                          Map<String, String> templateParam, String text, OffsetDateTime sentAt) {
    }

    /** The delivery status of one message, as {@code GET /v1/messages/{bizId}} answers it. */
    public record MessageStatus(String code, String requestId, String bizId, String outId, String templateCode,
                                OffsetDateTime sendDate, List<Receipt> receipts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Receipt(String phoneNumber, String status, String errCode, OffsetDateTime receiveDate) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SmsGateway.class);
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final int MAX_PHONE_NUMBERS = 1000;
    private static final int MAX_OUT_ID = 128;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Duration FLOW_CONTROL_WINDOW = Duration.ofMinutes(1);

    private final int maxPerPhonePerMinute;
    private final Map<String, SendAnswer> answersByOutId = new HashMap<>();
    private final Map<String, Message> messagesByBizId = new LinkedHashMap<>();
    private final Map<String, Deque<Instant>> recentSendsByPhone = new HashMap<>();
    private long bizIdSequence;
    private int forcedLimitControls;

    public SmsGateway(@Value("${govhub.simulators.sms.max-per-phone-per-minute:100}") int maxPerPhonePerMinute) {
        this.maxPerPhonePerMinute = maxPerPhonePerMinute;
    }

    /**
     * Sends the message {@code body} asks for, or answers the first acceptance of its outId.
     *
     * @throws SmsRefusal when the gateway refuses it; nothing is sent then
     */
    public synchronized SendAnswer send(JsonNode body) {
        String outId = text(body, "outId", MAX_OUT_ID);
        String phoneNumbers = text(body, "phoneNumbers", 12_000);
        String templateCode = text(body, "templateCode", 64);
        Map<String, String> params = params(body);
        requireOnly(body, "outId", "phoneNumbers", "templateCode", "templateParam");

        SendAnswer earlier = answersByOutId.get(outId);
        if (earlier != null) {
            return earlier;
        }
        List<String> phones = phones(phoneNumbers);
        SmsTemplate template = SmsTemplate.registered(templateCode)
                .orElseThrow(() -> SmsRefusal.badRequest(SmsRefusal.TEMPLATE_MISSING,
                        "no template is registered under this templateCode"));
        checkParams(template, params);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        applyFlowControl(phones, now);

        String bizId = String.format(Locale.ROOT, "9%017d^0", ++bizIdSequence);
        Message message = new Message(bizId, outId, phones, templateCode, params, template.render(params),
                OffsetDateTime.ofInstant(now, CHINA));
        messagesByBizId.put(bizId, message);
        phones.forEach(phone -> recentSendsByPhone.computeIfAbsent(phone, p -> new ArrayDeque<>()).addLast(now));
        SendAnswer answer = new SendAnswer("OK", "OK", requestId(), bizId);
        answersByOutId.put(outId, answer);
        LOG.info("sms: sent {} (outId {}) to {} number(s)", bizId, outId, phones.size());
        return answer;
    }

    public synchronized Optional<MessageStatus> status(String bizId) {
        return Optional.ofNullable(messagesByBizId.get(bizId)).map(m -> new MessageStatus("OK", requestId(), m.bizId(),
                m.outId(), m.templateCode(), m.sentAt(),
                m.phoneNumbers().stream().map(p -> new Receipt(p, "DELIVERED", "DELIVERED", m.sentAt())).toList()));
    }

    /** Every message accepted, oldest first. */
    public synchronized List<Message> messages() {
        return List.copyOf(messagesByBizId.values());
    }

    /** The next {@code count} sends are refused with flow control, whatever their numbers. */
    public synchronized void forceLimitControl(int count) {
        forcedLimitControls = Math.max(0, count);
    }

    @Override
    public synchronized void reset() {
        answersByOutId.clear();
        messagesByBizId.clear();
        recentSendsByPhone.clear();
        bizIdSequence = 0;
        forcedLimitControls = 0;
    }

    static String requestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private void applyFlowControl(List<String> phones, Instant now) {
        if (forcedLimitControls > 0) {
            forcedLimitControls--;
            throw limitControl();
        }
        for (String phone : phones) {
            Deque<Instant> recent = recentSendsByPhone.get(phone);
            if (recent == null) {
                continue;
            }
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(FLOW_CONTROL_WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() >= maxPerPhonePerMinute) {
                throw limitControl();
            }
        }
    }

    private static SmsRefusal limitControl() {
        return new SmsRefusal(429, SmsRefusal.BUSINESS_LIMIT_CONTROL, "too many messages to this number; try again later");
    }

    private static List<String> phones(String phoneNumbers) {
        List<String> phones = Arrays.stream(phoneNumbers.split(",", -1)).map(String::trim).toList();
        if (phones.size() > MAX_PHONE_NUMBERS) {
            throw SmsRefusal.badRequest(SmsRefusal.MOBILE_NUMBER_ILLEGAL, "more than " + MAX_PHONE_NUMBERS + " phone numbers");
        }
        for (int i = 0; i < phones.size(); i++) {
            if (!MOBILE.matcher(phones.get(i)).matches()) {
                throw SmsRefusal.badRequest(SmsRefusal.MOBILE_NUMBER_ILLEGAL,
                        "phoneNumbers[" + i + "] is not a valid mainland mobile number");
            }
        }
        return phones;
    }

    private static void checkParams(SmsTemplate template, Map<String, String> params) {
        TreeSet<String> missing = new TreeSet<>(template.maxLengths().keySet());
        missing.removeAll(params.keySet());
        if (!missing.isEmpty()) {
            throw SmsRefusal.badRequest(SmsRefusal.TEMPLATE_PARAMS_ILLEGAL, "templateParam lacks: " + String.join(", ", missing));
        }
        TreeSet<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(template.maxLengths().keySet());
        if (!unknown.isEmpty()) {
            throw SmsRefusal.badRequest(SmsRefusal.TEMPLATE_PARAMS_ILLEGAL,
                    "templateParam has parameters the template does not: " + String.join(", ", unknown));
        }
        params.forEach((name, value) -> {
            if (value.isBlank() || value.length() > template.maxLengths().get(name)) {
                throw SmsRefusal.badRequest(SmsRefusal.TEMPLATE_PARAMS_ILLEGAL,
                        "templateParam." + name + " must be 1 to " + template.maxLengths().get(name) + " characters");
            }
        });
    }

    private static String text(JsonNode body, String field, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank() || value.textValue().length() > maxLength) {
            throw SmsRefusal.badRequest(SmsRefusal.INVALID_PARAMETERS, field + " must be a string of 1 to " + maxLength + " characters");
        }
        return value.textValue();
    }

    private static Map<String, String> params(JsonNode body) {
        JsonNode value = body.get("templateParam");
        if (value == null || !value.isObject()) {
            throw SmsRefusal.badRequest(SmsRefusal.INVALID_PARAMETERS, "templateParam must be an object");
        }
        Map<String, String> params = new LinkedHashMap<>();
        value.fields().forEachRemaining(param -> {
            if (!param.getValue().isTextual()) {
                throw SmsRefusal.badRequest(SmsRefusal.INVALID_PARAMETERS, "templateParam." + param.getKey() + " must be a string");
            }
            params.put(param.getKey(), param.getValue().textValue());
        });
        return params;
    }

    private static void requireOnly(JsonNode body, String... fields) {
        List<String> allowed = List.of(fields);
        List<String> extra = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                extra.add(name);
            }
        });
        if (!extra.isEmpty()) {
            throw SmsRefusal.badRequest(SmsRefusal.INVALID_PARAMETERS, "unknown fields: " + String.join(", ", extra));
        }
    }
}
