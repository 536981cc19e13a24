package org.govhub.simulators.heat;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON answer of {@code transfer.do}, as contracts/agencies/heat.v1.yaml defines it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HeatTransferResult(int ret, String msg, String yhbh) {

    static final int TRANSFERRED = 0;
    static final int NO_ACCOUNT = 101;
    static final int ARREARS = 102;
    static final int BAD_PARAMETERS = 201;

    static HeatTransferResult transferred(String yhbh) {
        return new HeatTransferResult(TRANSFERRED, "过户成功", yhbh);
    }

    static HeatTransferResult noAccount() {
        return new HeatTransferResult(NO_ACCOUNT, "该地址无供热用户", null);
    }

    static HeatTransferResult arrears(String yhbh) {
        return new HeatTransferResult(ARREARS, "供热用户欠缴热费，请缴清后办理过户", yhbh);
    }

    static HeatTransferResult badParameter(String field) {
        return new HeatTransferResult(BAD_PARAMETERS, "参数错误：" + field, null);
    }
}
