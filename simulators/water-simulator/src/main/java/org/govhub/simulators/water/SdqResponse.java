package org.govhub.simulators.water;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The water utility's answer envelope {@code {code, msg, data}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SdqResponse(String code, String msg, Data data) {

    static final String OK = "0000";
    static final String NO_ACCOUNT = "2001";
    static final String ARREARS = "2002";
    static final String INVALID = "4001";

    /** What {@code data} carries for each code; absent fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Data(String slbh, String hh, String ghbh, String ghsj, String qfje) {
    }

    static SdqResponse transferred(String slbh, String hh, String ghbh, String ghsj) {
        return new SdqResponse(OK, "过户成功", new Data(slbh, hh, ghbh, ghsj, null));
    }

    static SdqResponse noAccount(String slbh) {
        return new SdqResponse(NO_ACCOUNT, "该不动产单元无用水户", new Data(slbh, null, null, null, null));
    }

    static SdqResponse arrears(String slbh, String hh, String qfje) {
        return new SdqResponse(ARREARS, "用水户存在欠费，请结清后办理过户", new Data(slbh, hh, null, null, qfje));
    }

    static SdqResponse invalid(String why) {
        return new SdqResponse(INVALID, "参数错误：" + why, null);
    }
}
