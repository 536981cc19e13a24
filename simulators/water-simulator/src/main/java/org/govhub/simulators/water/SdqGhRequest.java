package org.govhub.simulators.water;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** 水过户 request, as contracts/agencies/water.v1.yaml defines it. */
record SdqGhRequest(String slbh, String bdcdyh, String zl, String qxdm, String djsj, String qlrmc,
                    String qlrzjzl, String qlrzjh, String qlrdh, String ywrmc) {

    /** The only fields the interface takes; anything else is refused, as the real utility does. */
    static final Set<String> FIELDS = Arrays.stream(SdqGhRequest.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toUnmodifiableSet());

    static final Pattern UNIT_NUMBER = Pattern.compile("^\\d{12}[GJZ][A-Z]\\d{5}[FLQW]\\d{8}$");
    private static final Pattern DIVISION = Pattern.compile("^\\d{6}$");
    private static final Pattern ID_NUMBER = Pattern.compile("^[0-9A-Z]{18}$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    /** The first rule the request breaks, naming the field and never its value. */
    Optional<String> violation() {
        if (!hasLength(slbh, 1, 100)) {
            return Optional.of("slbh 必填，且不超过100字符");
        }
        if (bdcdyh == null || !UNIT_NUMBER.matcher(bdcdyh).matches()) {
            return Optional.of("bdcdyh 不符合不动产单元号格式");
        }
        if (!hasLength(zl, 2, 200)) {
            return Optional.of("zl 必填，2至200字符");
        }
        if (qxdm == null || !DIVISION.matcher(qxdm).matches()) {
            return Optional.of("qxdm 须为6位区县代码");
        }
        if (!bdcdyh.startsWith(qxdm)) {
            return Optional.of("qxdm 与 bdcdyh 的区县代码不一致");
        }
        if (!isDate(djsj)) {
            return Optional.of("djsj 须为 yyyy-MM-dd 日期");
        }
        if (!hasLength(qlrmc, 1, 100)) {
            return Optional.of("qlrmc 必填，且不超过100字符");
        }
        if (!"1".equals(qlrzjzl) && !"7".equals(qlrzjzl)) {
            return Optional.of("qlrzjzl 须为 1（身份证）或 7（统一社会信用代码）");
        }
        if (qlrzjh == null || !ID_NUMBER.matcher(qlrzjh).matches()) {
            return Optional.of("qlrzjh 须为18位证件号");
        }
        if (qlrdh != null && !MOBILE.matcher(qlrdh).matches()) {
            return Optional.of("qlrdh 须为11位手机号");
        }
        if (!hasLength(ywrmc, 1, 100)) {
            return Optional.of("ywrmc 必填，且不超过100字符");
        }
        return Optional.empty();
    }

    private static boolean hasLength(String s, int min, int max) {
        return s != null && !s.isBlank() && s.length() >= min && s.length() <= max;
    }

    private static boolean isDate(String s) {
        try {
            return s != null && LocalDate.parse(s) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
